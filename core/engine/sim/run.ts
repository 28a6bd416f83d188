// Simulated effects of RUN for a handful of everyday commands (mkdir -p, touch, echo/printf > file, rm,
// cp, mv, ln -s, chmod, chown, useradd/adduser/addgroup/groupadd, cd). Every effect is marked as
// simulated; any other command is reported as "runs <cmd> (effect not simulated)" and never guessed.
import { resolveIn, baseName, parentOf, type Owner, type VirtualFs } from './vfs';
import type { CatalogImage } from '../catalog/images';

export interface UserDb {
  readonly users: Map<string, { uid: number; gid: number }>;
  readonly groups: Map<string, number>;
}

/** root and nobody, which every distribution has, plus the accounts a catalog image is known to add. */
export function defaultUsers(accounts?: CatalogImage['accounts']): UserDb {
  const db: UserDb = {
    users: new Map([
      ['root', { uid: 0, gid: 0 }],
      ['nobody', { uid: 65534, gid: 65534 }],
    ]),
    groups: new Map([
      ['root', 0],
      ['nogroup', 65534],
    ]),
  };
  for (const [name, uid, gid] of accounts?.users ?? []) db.users.set(name, { uid, gid });
  for (const [name, gid] of accounts?.groups ?? []) db.groups.set(name, gid);
  return db;
}

export interface RunOutcome {
  readonly effects: string[];
  /** True when every command of the line was simulated. */
  readonly complete: boolean;
}

interface Ctx {
  fs: VirtualFs;
  step: number;
  cwd: string;
  owner: Owner;
  users: UserDb;
  effects: string[];
  complete: boolean;
}

interface SimpleCommand {
  words: string[];
  redirect?: { append: boolean; target: string };
}

const UNSIMULATED = /[$`*?({<]|(^|[^&])&([^&]|$)/;

/** Splits a shell line into simple commands at `&&`, `||`, `;`, `|` and newlines (quotes respected). */
export function splitCommands(line: string): SimpleCommand[] | null {
  // Expansions, globs, subshells and input redirections depend on the container at build time: give
  // up before tokenizing (long install scripts nearly always contain one).
  if (UNSIMULATED.test(line)) return null;
  const commands: SimpleCommand[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let redirect: { append: boolean; target: string } | undefined;
  let pendingRedirect: { append: boolean } | null = null;
  const endWord = () => {
    if (!inWord) return;
    if (pendingRedirect) {
      redirect = { append: pendingRedirect.append, target: word };
      pendingRedirect = null;
    } else words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(redirect ? { words, redirect } : { words });
    words = [];
    redirect = undefined;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return null;
      word += line.slice(i + 1, close);
      inWord = true;
      i = close;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1] as string)) j++;
        word += line[j];
        j++;
      }
      if (j >= line.length) return null;
      inWord = true;
      i = j;
    } else if (ch === '\\') {
      if (i + 1 < line.length) word += line[++i];
      inWord = true;
    } else if (ch === '$' || ch === '`' || ch === '*' || ch === '?' || ch === '(' || ch === '{') {
      // Expansions, globs and subshells depend on the container at build time: not simulated.
      return null;
    } else if (ch === '>') {
      endWord();
      const append = line[i + 1] === '>';
      if (append) i++;
      pendingRedirect = { append };
    } else if (ch === '&' && line[i + 1] === '&') {
      endCommand();
      i++;
    } else if (ch === '|') {
      endCommand();
      if (line[i + 1] === '|') i++;
    } else if (ch === ';' || ch === '\n') {
      endCommand();
    } else if (ch === ' ' || ch === '\t') {
      endWord();
    } else if (ch === '<' || ch === '&') {
      return null;
    } else {
      word += ch;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

/** Simulates a shell-form RUN line (or an exec-form argv) on the stage's filesystem. */
export function simulateRun(command: string | readonly string[], fs: VirtualFs, step: number, cwd: string, owner: Owner, users: UserDb): RunOutcome {
  const ctx: Ctx = { fs, step, cwd, owner, users, effects: [], complete: true };
  const commands = typeof command === 'string' ? splitCommands(command) : [{ words: [...command] }];
  if (!commands) {
    return { effects: [`runs ${typeof command === 'string' ? command : command.join(' ')} (effect not simulated: it uses shell features the simulator does not model)`], complete: false };
  }
  for (const c of commands) runOne(c, ctx);
  return { effects: ctx.effects, complete: ctx.complete };
}

function notSimulated(ctx: Ctx, c: SimpleCommand): void {
  ctx.complete = false;
  ctx.effects.push(`runs ${c.words.join(' ')} (effect not simulated)`);
}

function flagsAndArgs(words: readonly string[]): { flags: Set<string>; args: string[] } {
  const flags = new Set<string>();
  const args: string[] = [];
  let done = false;
  for (const w of words) {
    if (!done && w === '--') done = true;
    else if (!done && w.startsWith('--')) flags.add(w.slice(2));
    else if (!done && w.startsWith('-') && w.length > 1) for (const f of w.slice(1)) flags.add(f);
    else args.push(w);
  }
  return { flags, args };
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

function runOne(c: SimpleCommand, ctx: Ctx): void {
  const [name, ...rest] = c.words;
  const path = (p: string) => resolveIn(ctx.cwd, p);
  if (c.redirect && name !== 'echo' && name !== 'printf') return notSimulated(ctx, c);
  switch (name) {
    case 'true':
    case ':':
      return;
    case 'cd': {
      ctx.cwd = path(rest[0] ?? '/root');
      ctx.effects.push(`changes directory to ${ctx.cwd} for the rest of this RUN (simulated)`);
      return;
    }
    case 'mkdir': {
      const { flags, args } = flagsAndArgs(rest);
      for (const a of args) {
        const p = path(a);
        if (!flags.has('p') && ctx.fs.exists(p)) {
          ctx.effects.push(`mkdir ${p} fails: it exists (simulated; the build stops here)`);
          ctx.complete = false;
          return;
        }
        ctx.fs.mkdirp(p, ctx.owner, ctx.step, 0o755, true);
        ctx.effects.push(`creates directory ${p} (simulated)`);
      }
      return;
    }
    case 'touch': {
      for (const a of flagsAndArgs(rest).args) {
        const p = path(a);
        if (!ctx.fs.exists(p)) ctx.fs.writeFile(p, { size: 0, mode: 0o644, content: '', simulated: true }, ctx.owner, ctx.step);
        else ctx.fs.chattr(p, {}, ctx.step, false);
        ctx.effects.push(`touches ${p} (simulated)`);
      }
      return;
    }
    case 'echo':
    case 'printf': {
      if (!c.redirect) {
        ctx.effects.push(`prints to the build log: ${rest.join(' ')} (no file change)`);
        return;
      }
      let text: string;
      if (name === 'echo') {
        const noNewline = rest[0] === '-n';
        text = (noNewline ? rest.slice(1) : rest).join(' ') + (noNewline ? '' : '\n');
      } else {
        const [format = '', ...values] = rest;
        let i = 0;
        text = format.replace(/%[sd%]|\\n|\\t|\\\\/g, (m) => (m === '%%' ? '%' : m === '\\n' ? '\n' : m === '\\t' ? '\t' : m === '\\\\' ? '\\' : (values[i++] ?? '')));
      }
      const target = path(c.redirect.target);
      const previous = ctx.fs.get(target);
      if (!ctx.fs.isDir(parentOf(target))) {
        ctx.effects.push(`the shell cannot create ${target} unless ${parentOf(target)} already exists in the base image: the redirection does not create directories`);
      }
      const content = c.redirect.append && previous?.content !== undefined ? previous.content + text : text;
      const size = c.redirect.append && previous && previous.content === undefined ? previous.size + utf8Length(text) : utf8Length(content);
      ctx.fs.writeFile(target, { size, mode: previous?.mode ?? 0o644, content, simulated: true }, previous ? { uid: previous.uid, gid: previous.gid } : ctx.owner, ctx.step);
      ctx.effects.push(`${c.redirect.append ? 'appends to' : 'writes'} ${target} (${size} bytes, simulated)`);
      return;
    }
    case 'rm': {
      const { flags, args } = flagsAndArgs(rest);
      for (const a of args) {
        const p = path(a);
        const entry = ctx.fs.get(p);
        if (entry?.type === 'dir' && !flags.has('r') && !flags.has('R')) {
          ctx.effects.push(`rm ${p} fails: it is a directory (simulated)`);
          continue;
        }
        if (ctx.fs.remove(p, ctx.step)) ctx.effects.push(`removes ${p} (simulated; its bytes still ship in the layer that added it)`);
        else ctx.effects.push(`removes ${p} if present (simulated; not known to exist)`);
      }
      return;
    }
    case 'cp':
    case 'mv': {
      const { args } = flagsAndArgs(rest);
      if (args.length < 2) return notSimulated(ctx, c);
      const dest = path(args[args.length - 1] as string);
      for (const s of args.slice(0, -1)) {
        const src = path(s);
        const entry = ctx.fs.get(src);
        if (!entry) return notSimulated(ctx, c);
        const target = ctx.fs.isDir(dest) ? resolveIn(dest, baseName(src)) : dest;
        copyTree(ctx, src, target);
        if (name === 'mv') ctx.fs.remove(src, ctx.step);
        ctx.effects.push(`${name === 'mv' ? 'moves' : 'copies'} ${src} to ${target} (simulated)`);
      }
      return;
    }
    case 'ln': {
      const { flags, args } = flagsAndArgs(rest);
      if (!flags.has('s') || args.length !== 2) return notSimulated(ctx, c);
      const [target, link] = args as [string, string];
      const at = ctx.fs.isDir(path(link)) ? resolveIn(path(link), baseName(target)) : path(link);
      ctx.fs.symlink(at, target, ctx.owner, ctx.step, true);
      ctx.effects.push(`links ${at} -> ${target} (simulated)`);
      return;
    }
    case 'chmod': {
      const { flags, args } = flagsAndArgs(rest);
      const [mode, ...paths] = args;
      if (!mode || !/^[0-7]{3,4}$/.test(mode)) return notSimulated(ctx, c);
      for (const p of paths) {
        if (!ctx.fs.chattr(path(p), { mode: parseInt(mode, 8) }, ctx.step, flags.has('R'))) return notSimulated(ctx, c);
        ctx.effects.push(`sets mode ${mode} on ${path(p)} (simulated)`);
      }
      return;
    }
    case 'chown': {
      const { flags, args } = flagsAndArgs(rest);
      const [spec, ...paths] = args;
      const resolved = spec ? resolveOwner(spec, ctx.users) : undefined;
      if (!resolved || !spec) return notSimulated(ctx, c);
      // The chown command leaves the group alone when only a user is given.
      const owner = spec.includes(':') ? resolved : { uid: resolved.uid };
      for (const p of paths) {
        if (!ctx.fs.chattr(path(p), owner, ctx.step, flags.has('R'))) return notSimulated(ctx, c);
        ctx.effects.push(`sets owner ${spec} on ${path(p)} (simulated)`);
      }
      return;
    }
    case 'addgroup':
    case 'groupadd': {
      const { args } = flagsAndArgs(rest.filter((w, i) => !(rest[i - 1] === '-g' || rest[i - 1] === '--gid') || false));
      const gidIdx = rest.findIndex((w) => w === '-g' || w === '--gid');
      const groupName = args[args.length - 1];
      if (!groupName) return notSimulated(ctx, c);
      const gid = gidIdx >= 0 ? Number(rest[gidIdx + 1]) : nextId(ctx.users);
      ctx.users.groups.set(groupName, gid);
      touchAccounts(ctx);
      ctx.effects.push(`adds group ${groupName} (gid ${gid}) to /etc/group (simulated)`);
      return;
    }
    case 'useradd':
    case 'adduser': {
      const valueFlags = new Set(['-u', '--uid', '-g', '--gid', '-G', '--groups', '-h', '--home', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '-g', '--ingroup']);
      const positional: string[] = [];
      let uid: number | undefined;
      let group: string | undefined;
      for (let i = 0; i < rest.length; i++) {
        const w = rest[i] as string;
        if (valueFlags.has(w)) {
          const v = rest[++i];
          if ((w === '-u' || w === '--uid') && v) uid = Number(v);
          if ((w === '-g' || w === '--gid' || w === '--ingroup') && v) group = v;
        } else if (!w.startsWith('-')) positional.push(w);
      }
      const userName = positional[0];
      if (!userName) return notSimulated(ctx, c);
      const id = uid ?? nextId(ctx.users);
      const gid = group !== undefined ? (ctx.users.groups.get(group) ?? Number(group)) : id;
      ctx.users.users.set(userName, { uid: id, gid: Number.isFinite(gid) ? gid : id });
      if (group === undefined) ctx.users.groups.set(userName, id);
      touchAccounts(ctx);
      ctx.effects.push(`adds user ${userName} (uid ${id}) to /etc/passwd (simulated)`);
      return;
    }
    default:
      return notSimulated(ctx, c);
  }
}

function copyTree(ctx: Ctx, src: string, dest: string): void {
  const entry = ctx.fs.get(src);
  if (!entry) return;
  const rebase = (p: string) => dest + p.slice(src.length);
  const items = entry.type === 'dir' ? [entry, ...ctx.fs.under(src)] : [entry];
  for (const e of items) {
    const at = rebase(e.path);
    if (e.type === 'dir') ctx.fs.mkdirp(at, ctx.owner, ctx.step, e.mode, true);
    else if (e.type === 'symlink') ctx.fs.symlink(at, e.target ?? '', ctx.owner, ctx.step, true);
    else ctx.fs.writeFile(at, { size: e.size, mode: e.mode, ...(e.content !== undefined ? { content: e.content } : {}), simulated: true }, ctx.owner, ctx.step);
  }
}

function nextId(users: UserDb): number {
  let max = 999;
  for (const u of users.users.values()) if (u.uid < 60000) max = Math.max(max, u.uid);
  for (const g of users.groups.values()) if (g < 60000) max = Math.max(max, g);
  return max + 1;
}

function touchAccounts(ctx: Ctx): void {
  // The account files change; their exact bytes depend on the base image's copies.
  for (const f of ['/etc/passwd', '/etc/group']) {
    const prev = ctx.fs.get(f);
    ctx.fs.writeFile(f, { size: prev?.size ?? 0, mode: 0o644, simulated: true }, { uid: 0, gid: 0 }, ctx.step);
  }
}

/** Resolves `user[:group]` (names or numbers) against the known accounts. */
export function resolveOwner(spec: string, users: UserDb): Owner | undefined {
  const [u = '', g] = spec.split(':');
  const user = /^\d+$/.test(u) ? { uid: Number(u), gid: Number(u) } : users.users.get(u);
  if (!user) return undefined;
  // COPY/ADD --chown: a user without a group gets the user's numeric id as its gid too.
  if (g === undefined || g === '') return { uid: user.uid, gid: user.uid };
  const gid = /^\d+$/.test(g) ? Number(g) : users.groups.get(g);
  if (gid === undefined) return undefined;
  return { uid: user.uid, gid };
}
