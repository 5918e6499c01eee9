import type { X509Certificate } from 'node:crypto';
import { ConfigError } from '../config';

/** Kafka's KafkaPrincipal as text (`User:alice`); what the ACL slice will check. */
export type Principal = `${string}:${string}`;

export const ANONYMOUS: Principal = 'User:ANONYMOUS';

export const userPrincipal = (name: string): Principal => `User:${name}`;

/**
 * The subject of a certificate as Java's X500Principal.getName(RFC2253) writes it: most specific RDN first
 * (`CN=client,OU=eng,O=Brook,C=US`). Node lists the RDNs in certificate order, already RFC 2253 escaped, one
 * a line; Java's order is the reverse.
 */
export function rfc2253Subject(certificate: X509Certificate): string {
  return certificate.subject.split('\n').filter(Boolean).reverse().join(',');
}

interface MappingRule {
  pattern: RegExp | null;
  replacement: string;
  caseChange: '' | 'L' | 'U';
}

/**
 * Kafka's `ssl.principal.mapping.rules` (SslPrincipalMapper): a comma-separated list of
 * `RULE:pattern/replacement/[LU]` and `DEFAULT`; the first rule whose pattern matches the whole distinguished name
 * gives the principal name (`$1` style replacement, then lower or upper case); DEFAULT keeps the DN as is.
 */
export class SslPrincipalMapper {
  private readonly rules: MappingRule[];

  constructor(rules: string) {
    this.rules = parseRules(rules);
  }

  name(distinguishedName: string): string {
    for (const rule of this.rules) {
      if (!rule.pattern) return distinguishedName;
      const match = rule.pattern.exec(distinguishedName);
      if (!match || match[0].length !== distinguishedName.length || match.index !== 0) continue;
      const name = distinguishedName.replace(rule.pattern, rule.replacement);
      return rule.caseChange === 'L' ? name.toLowerCase() : rule.caseChange === 'U' ? name.toUpperCase() : name;
    }
    // Kafka: "No rules apply to <dn>, rules <rules>" refuses the connection; Brook keeps the DN (as DEFAULT).
    return distinguishedName;
  }
}

const RULE = /^\s*(?:(DEFAULT)|RULE:((?:\\.|[^\\/])*)\/((?:\\.|[^\\/])*)\/([LU]?))\s*(?:,\s*|$)/;

function parseRules(text: string): MappingRule[] {
  const rules: MappingRule[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const match = RULE.exec(rest);
    if (!match) throw new ConfigError(`Invalid rule: ${rest} in ssl.principal.mapping.rules`);
    if (match[1]) rules.push({ pattern: null, replacement: '', caseChange: '' });
    else {
      let pattern: RegExp;
      try {
        pattern = new RegExp(match[2]!);
      } catch (error) {
        throw new ConfigError(
          `Invalid rule pattern ${match[2]} in ssl.principal.mapping.rules: ${(error as Error).message}`,
        );
      }
      rules.push({ pattern, replacement: match[3]!.replace(/\\(.)/g, '$1'), caseChange: match[4] as '' | 'L' | 'U' });
    }
    rest = rest.slice(match[0].length);
  }
  if (rules.length === 0) rules.push({ pattern: null, replacement: '', caseChange: '' });
  return rules;
}
