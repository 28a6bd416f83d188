// hadolint DL4001: wget and curl both used.
import type { LintRule } from '../types';
import { invocations } from './helpers';

export const dl4001: LintRule = {
  id: 'DL4001', origin: 'hadolint', severity: 'warning', lessonId: 'build-cache-and-efficient-images',
  description: 'Either use Wget or Curl but not both',
  check(ctx, report) {
    const wget = invocations(ctx, ['wget']);
    const curl = invocations(ctx, ['curl']);
    if (wget.length === 0 || curl.length === 0) return;
    for (const inv of [...wget, ...curl]) {
      report({ range: inv.name.range, message: 'This Dockerfile uses both wget and curl; pick one, so the image needs only one download tool.' });
    }
  },
};
