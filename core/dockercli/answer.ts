// Checking what a learner typed against a command question's accepted answers, by meaning for docker
// and dockerd commands, and by normalised text for the few other commands the course asks for (kubectl,
// systemctl, journalctl).
// Pure.
import { canonicalCommand, parseDockerCommand, parseDockerdCommand } from './parse';
import { KUBECTL_VERBS } from './spec';
import { tokenize } from './tokenize';

const SYSTEMCTL_VERBS = new Set(['start', 'stop', 'restart', 'reload', 'enable', 'disable', 'status', 'is-enabled', 'is-active', 'daemon-reload', 'show', 'cat', 'edit']);

export type AnswerCheck = { readonly ok: true; readonly canonical: string } | { readonly ok: false; readonly message: string };

/** Validates one command line and returns its canonical text; `sudo` in front is allowed and ignored. */
export function canonicalAnswer(line: string): AnswerCheck {
  const tokens = tokenize(line.trim());
  if (!tokens.ok) return { ok: false, message: tokens.message };
  const words = tokens.words[0] === 'sudo' ? tokens.words.slice(1) : tokens.words;
  const program = words[0];
  if (program === 'docker') {
    const parsed = parseDockerCommand(words.map(quoteWord).join(' '));
    return parsed.ok ? { ok: true, canonical: canonicalCommand(parsed.command) } : parsed;
  }
  if (program === 'dockerd') {
    const parsed = parseDockerdCommand(words.map(quoteWord).join(' '));
    return parsed.ok ? { ok: true, canonical: canonicalCommand(parsed.command) } : parsed;
  }
  if (program === 'kubectl') {
    const verb = words[1];
    if (!verb || !(KUBECTL_VERBS as readonly string[]).includes(verb)) return { ok: false, message: `"kubectl ${verb ?? ''}" is not a kubectl command` };
    return { ok: true, canonical: words.join(' ') };
  }
  if (program === 'systemctl' || program === 'journalctl') {
    const verb = words.find((w, i) => i > 0 && !w.startsWith('-'));
    if (program === 'systemctl' && (!verb || !SYSTEMCTL_VERBS.has(verb)))
      return { ok: false, message: `"systemctl ${verb ?? ''}" is not a systemctl command` };
    // A unit named "docker" and "docker.service" are the same unit.
    return { ok: true, canonical: words.map((w) => w.replace(/\.service$/, '')).join(' ') };
  }
  return { ok: false, message: `expected a docker command (or dockerd, kubectl, systemctl, journalctl), not "${program ?? ''}"` };
}

function quoteWord(word: string): string {
  return /^[\w@%+=:,./$()-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** True when what the learner typed means the same as one of the accepted answers. */
export function matchesAnswer(typed: string, answers: readonly string[]): boolean {
  const mine = canonicalAnswer(typed);
  if (!mine.ok) return false;
  return answers.some((a) => {
    const theirs = canonicalAnswer(a);
    return theirs.ok && theirs.canonical === mine.canonical;
  });
}
