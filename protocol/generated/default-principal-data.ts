// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DefaultPrincipalData.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DefaultPrincipalData (data), versions 0. */
export interface DefaultPrincipalData {
  /** The principal type (versions 0+) */
  type: string;
  /** The principal name (versions 0+) */
  name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. (versions 0+) */
  tokenAuthenticated: boolean;
}

/** A fresh DefaultPrincipalData with every field at its schema default. */
export function defaultDefaultPrincipalData(): DefaultPrincipalData {
  return {
    type: '',
    name: '',
    tokenAuthenticated: false,
  };
}

function readDefaultPrincipalData(r: Reader, _version: number): DefaultPrincipalData {
  r.field = 'Type';
  const fType: string = r.compactString();
  r.field = 'Name';
  const fName: string = r.compactString();
  r.field = 'TokenAuthenticated';
  const fTokenAuthenticated: boolean = r.bool();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    type: fType,
    name: fName,
    tokenAuthenticated: fTokenAuthenticated,
  };
}

function writeDefaultPrincipalData(w: Writer, _version: number, v: DefaultPrincipalData): void {
  w.compactString(v.type);
  w.compactString(v.name);
  w.bool(v.tokenAuthenticated);
  w.uvarint(0);
}

export const DefaultPrincipalDataCodec: MessageCodec<DefaultPrincipalData> = {
  name: 'DefaultPrincipalData',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DefaultPrincipalData {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDefaultPrincipalData();
    }
    return readDefaultPrincipalData(r, version);
  },
  encode(w: Writer, version: number, value: DefaultPrincipalData): void {
    if (version < 0 || version > 0) unsupportedVersion('DefaultPrincipalData', version, 0, 0);
    writeDefaultPrincipalData(w, version, value);
  },
  defaults: defaultDefaultPrincipalData,
};
