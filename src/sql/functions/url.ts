/**
 * URL functions (ksqlDB's udf/url), parsing like java.net.URI: components are percent-decoded, an invalid URI
 * (spaces, bad escapes, stray characters) makes the result NULL, parameters are form-encoded.
 */
import type { ScalarFunction } from './registry';

interface Uri {
  scheme?: string;
  host?: string;
  port?: number;
  path?: string;
  query?: string;
  fragment?: string;
}

const ILLEGAL = /[\s"<>\\^`{|}]|%(?![0-9a-fA-F]{2})/;

function decode(s: string | undefined): string | undefined {
  return s === undefined ? undefined : decodeURIComponent(s);
}

/** java.net.URI's component split (RFC 2396 / 3986 appendix B), refusing what URI refuses. */
function parseUri(url: string): Uri {
  if (ILLEGAL.test(url)) throw new Error(`URL input has invalid syntax: ${url}`);
  const m = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(url);
  if (!m) throw new Error(`URL input has invalid syntax: ${url}`);
  const [, scheme, authority, path, query, fragment] = m;
  if (scheme !== undefined && !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme))
    throw new Error(`URL input has invalid syntax: ${url}`);
  // Brackets are only legal around an IPv6 host.
  if (/[[\]]/.test(`${path}${query ?? ''}${fragment ?? ''}`)) throw new Error(`URL input has invalid syntax: ${url}`);
  const out: Uri = { scheme, path: decode(path), query: decode(query), fragment: decode(fragment) };
  if (authority !== undefined) {
    const hm = /^(?:[^@]*@)?(\[[^\]]+\]|[^:]*)(?::(\d*))?$/.exec(authority);
    if (hm && hm[1] !== '') {
      out.host = hm[1];
      if (hm[2]) out.port = Number(hm[2]);
    }
  }
  return out;
}

/** URLDecoder.decode: '+' is a space, %XX are UTF-8 bytes. */
function formDecode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}

/** Guava's urlFormParameterEscaper: letters, digits and -_.* stay, space becomes '+'. */
function formEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9\-_.*]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function extractParameter(url: string, name: string): string | null {
  const query = parseUri(url).query;
  if (query === undefined) return null;
  for (const param of query.split('&')) {
    const eq = param.indexOf('=');
    if (eq < 0 && param === name) return '';
    if (eq >= 0 && param.slice(0, eq) === name) return param.slice(eq + 1);
  }
  return null;
}

function component(
  name: string,
  description: string,
  get: (u: Uri) => string | number | undefined,
  returns = 'STRING',
): ScalarFunction {
  return {
    name,
    description,
    overloads: [{ params: ['STRING'], returns, impl: (url: string) => get(parseUri(url)) ?? null }],
  };
}

export const scalars: ScalarFunction[] = [
  {
    name: 'URL_DECODE_PARAM',
    description: 'Decodes an application/x-www-form-urlencoded value.',
    overloads: [{ params: ['STRING'], returns: 'STRING', impl: formDecode }],
  },
  {
    name: 'URL_ENCODE_PARAM',
    description: 'Encodes a value for a URL query parameter (application/x-www-form-urlencoded).',
    overloads: [{ params: ['STRING'], returns: 'STRING', impl: formEncode }],
  },
  {
    name: 'URL_EXTRACT_PARAMETER',
    description: 'The decoded value of a query parameter, NULL when absent.',
    overloads: [{ params: ['STRING', 'STRING'], returns: 'STRING', impl: extractParameter }],
  },
  component('URL_EXTRACT_FRAGMENT', 'The decoded fragment of a URL.', (u) => u.fragment),
  component('URL_EXTRACT_HOST', 'The host of a URL.', (u) => u.host),
  component('URL_EXTRACT_PATH', 'The decoded path of a URL.', (u) => u.path),
  component('URL_EXTRACT_PORT', 'The explicit port of a URL.', (u) => u.port, 'INT'),
  component('URL_EXTRACT_PROTOCOL', 'The scheme of a URL.', (u) => u.scheme),
  component('URL_EXTRACT_QUERY', 'The decoded query string of a URL.', (u) => u.query),
];
