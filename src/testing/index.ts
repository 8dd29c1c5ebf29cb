export {
  startYotiSignEmulator,
  type EmulatorFault,
  type RecordedRequest,
  type YotiSignEmulator,
  type YotiSignEmulatorOptions,
} from './emulator.js';
