import { sessionConfig } from 'yoti-session-config';

const kycBase = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 }).document.id();

export const adjusted = kycBase
  .without.check.liveness()
  .check.liveness({ maxRetries: 5 })
  .check.liveness() // @error: check.liveness() is already requested
  .toJSON();
