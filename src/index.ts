export { BROOK_VERSION } from './version';
