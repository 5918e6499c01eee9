/**
 * Test-embedding helpers (`import { startBroker } from 'brook/testing'`). The broker arrives with issue 4;
 * until then this module only exports the version so that the package entry point resolves.
 */
export { BROOK_VERSION } from '../version';
