/**
 * Kafka's `sasl.jaas.config` syntax (JaasConfig: a JAAS file entry without its braces):
 *
 *   org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="pw"
 *     user_admin="pw" user_alice="alice-pw";
 *
 * One or more `<login module class> <flag> key=value ... ;` entries; values bare words or double-quoted strings.
 * Errors name the position, never the text around it (the value holds passwords).
 */
export interface JaasEntry {
  loginModule: string;
  flag: 'required' | 'requisite' | 'sufficient' | 'optional';
  options: Map<string, string>;
}

export class JaasConfigError extends Error {
  override readonly name = 'JaasConfigError';
}

const FLAGS = new Set(['required', 'requisite', 'sufficient', 'optional']);

type Token = { kind: 'word' | 'quoted' | '=' | ';'; text: string; at: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '=' || c === ';') {
      tokens.push({ kind: c, text: c, at: i });
      i++;
    } else if (c === '"') {
      const start = i++;
      let value = '';
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
      if (i >= text.length) throw new JaasConfigError(`unterminated quoted value starting at character ${start}`);
      i++;
      tokens.push({ kind: 'quoted', text: value, at: start });
    } else {
      const start = i;
      while (i < text.length && !/[\s=;"]/.test(text[i]!)) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), at: start });
    }
  }
  return tokens;
}

/** Parses a `sasl.jaas.config` value into its login module entries. Throws JaasConfigError. */
export function parseJaasConfig(text: string): JaasEntry[] {
  const tokens = tokenize(text);
  const entries: JaasEntry[] = [];
  let i = 0;
  while (i < tokens.length) {
    const module = tokens[i++]!;
    if (module.kind !== 'word') throw new JaasConfigError(`expected a login module class at character ${module.at}`);
    const flag = tokens[i++];
    if (flag?.kind !== 'word' || !FLAGS.has(flag.text.toLowerCase())) {
      throw new JaasConfigError(
        `expected a control flag (required, requisite, sufficient, optional) after ${module.text}`,
      );
    }
    const options = new Map<string, string>();
    for (;;) {
      const key = tokens[i++];
      if (!key) throw new JaasConfigError(`the entry for ${module.text} does not end with ';'`);
      if (key.kind === ';') break;
      if (key.kind !== 'word') throw new JaasConfigError(`expected an option name at character ${key.at}`);
      const eq = tokens[i++];
      if (eq?.kind !== '=') throw new JaasConfigError(`expected '=' after option ${key.text}`);
      const value = tokens[i++];
      if (!value || (value.kind !== 'word' && value.kind !== 'quoted')) {
        throw new JaasConfigError(`expected a value for option ${key.text}`);
      }
      options.set(key.text, value.text);
    }
    entries.push({ loginModule: module.text, flag: flag.text.toLowerCase() as JaasEntry['flag'], options });
  }
  if (entries.length === 0) throw new JaasConfigError('no login module');
  return entries;
}

export const PLAIN_LOGIN_MODULE = 'org.apache.kafka.common.security.plain.PlainLoginModule';

/**
 * The users of PlainLoginModule's `user_<name>="<password>"` options (Kafka's PlainServerCallbackHandler reads
 * them from the listener's JAAS entry for PLAIN).
 */
export function plainUsers(entries: JaasEntry[]): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of entries) {
    if (entry.loginModule !== PLAIN_LOGIN_MODULE) continue;
    for (const [key, value] of entry.options) {
      if (key.startsWith('user_') && key.length > 5) users.set(key.slice(5), value);
    }
  }
  return users;
}

/**
 * A JAAS configuration file (`-Djava.security.auth.login.config`): named login contexts, each `Name { entries };`
 * with the entries in `sasl.jaas.config`'s syntax. `//` and `/* *\/` comments are skipped. Throws JaasConfigError.
 */
export function parseJaasFile(text: string): Map<string, JaasEntry[]> {
  const body = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:"])\/\/[^\n]*/g, '$1');
  const contexts = new Map<string, JaasEntry[]>();
  const section = /([A-Za-z0-9_.$-]+)\s*\{([^}]*)\}\s*;/g;
  let end = 0;
  for (let match = section.exec(body); match; match = section.exec(body)) {
    if (body.slice(end, match.index).trim() !== '') {
      throw new JaasConfigError(`unexpected text before the login context ${match[1]}`);
    }
    contexts.set(match[1]!, parseJaasConfig(match[2]!));
    end = section.lastIndex;
  }
  if (body.slice(end).trim() !== '') throw new JaasConfigError('a login context is not closed with "};"');
  if (contexts.size === 0) throw new JaasConfigError('no login context');
  return contexts;
}
