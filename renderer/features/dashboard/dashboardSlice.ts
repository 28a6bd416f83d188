// Progress dashboard state: the figures, review settings and data-safety status. DOM only.
import type { DashboardData, HealthReport } from '../../../core/api/quiz';
import type { SrsSettings, SrsSettingsChange } from '../../../core/srs/settings';
import { api } from '../../api';
import type { SliceCreator } from '../../store';

export interface DashboardSlice {
  dashboard: DashboardData | undefined;
  srsSettings: SrsSettings | undefined;
  srsHealth: HealthReport | undefined;
  loadDashboard(): Promise<void>;
  saveSrsSettings(change: SrsSettingsChange): Promise<boolean>;
  backupNow(): Promise<void>;
  restoreBackup(name: string): Promise<void>;
  exportProgress(): Promise<string | undefined>;
  importProgress(json: string): Promise<void>;
  optimizeWeights(): Promise<void>;
  resetWeights(): Promise<void>;
}

export const createDashboardSlice: SliceCreator<DashboardSlice> = (set, get) => ({
  dashboard: undefined,
  srsSettings: undefined,
  srsHealth: undefined,
  async loadDashboard() {
    try {
      const [settings, health] = await Promise.all([api['quiz.settings']({}), api['quiz.health']({})]);
      set({ srsSettings: settings, srsHealth: health });
      if (health.ok) set({ dashboard: await api['quiz.dashboard']({}) });
    } catch (err) {
      get().reportError(err);
    }
  },
  async saveSrsSettings(change) {
    try {
      set({ srsSettings: await api['quiz.updateSettings']({ change }) });
      get().notify('Settings saved.');
      await get().loadDashboard();
      return true;
    } catch (err) {
      get().reportError(err);
      return false;
    }
  },
  async backupNow() {
    try {
      const b = await api['quiz.backupNow']({});
      get().notify(`Backup written: ${b.name}`);
      set({ srsHealth: await api['quiz.health']({}) });
    } catch (err) {
      get().reportError(err);
    }
  },
  async restoreBackup(name) {
    try {
      const r = await api['quiz.restoreBackup']({ name });
      get().notify(`Progress restored from ${r.restored} (the previous state was saved as ${r.safetyBackup}).`);
      await Promise.all([get().loadDashboard(), get().loadLessonOutline(), get().sandboxLoadLists()]);
    } catch (err) {
      get().reportError(err);
    }
  },
  async exportProgress() {
    try {
      const r = await api['quiz.export']({});
      get().notify(`Progress exported to ${r.file}`);
      return r.json;
    } catch (err) {
      get().reportError(err);
      return undefined;
    }
  },
  async optimizeWeights() {
    try {
      const r = await api['quiz.optimize']({});
      const message =
        r.status === 'optimized'
          ? `Fitted to ${r.items} reviews: prediction error on held-out cards (log loss) ${r.previousLogLoss.toFixed(3)} → ${r.fittedLogLoss.toFixed(3)}. Scheduling now uses your own weights.`
          : r.status === 'kept-current'
            ? `The fitted weights did not predict your ${r.items} reviews better (${r.fittedLogLoss.toFixed(3)} vs ${r.currentLogLoss.toFixed(3)}); nothing changed.`
            : r.status === 'not-enough-history'
              ? `Not enough history yet: ${r.items} usable reviews of the ${r.needed} needed. FSRS-6 defaults are used until then.`
              : `Optimisation unavailable: ${r.reason}`;
      get().notify(message);
      set({ srsSettings: await api['quiz.settings']({}) });
    } catch (err) {
      get().reportError(err);
    }
  },
  async resetWeights() {
    try {
      set({ srsSettings: await api['quiz.resetWeights']({}) });
      get().notify('Back to FSRS-6 default weights.');
    } catch (err) {
      get().reportError(err);
    }
  },
  async importProgress(json) {
    try {
      const r = await api['quiz.import']({ json });
      const rest =
        r.lessonsRead === null
          ? ' The file predates lessons and sandbox work in exports, so those were left as they were.'
          : ` Also ${r.lessonsRead} lessons read, ${r.drafts ?? 0} sandbox drafts and ${r.exerciseAttempts ?? 0} exercise attempts.`;
      get().notify(`Imported ${r.cards} cards, ${r.reviews} reviews and ${r.exams} exam attempts.${rest}`);
      await Promise.all([get().loadDashboard(), get().loadLessonOutline(), get().sandboxLoadLists()]);
    } catch (err) {
      get().reportError(err);
    }
  },
});
