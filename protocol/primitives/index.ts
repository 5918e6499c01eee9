export { ProtocolDecodeError, ProtocolEncodeError } from './errors';
export { Reader, ZERO_UUID } from './reader';
export { Writer } from './writer';
