import { sessionConfig } from 'yoti-session-config';

export const onboarding = sessionConfig()
  .name('Onboarding')
  .check.faceMatch({ manualCheck: 'NEVER' })
  .check.liveness({ maxRetries: 2 })
  .task.textExtraction({ manualCheck: 'FALLBACK' })
  .check.faceMatch({ manualCheck: 'ALWAYS' }) // @error: check.faceMatch() is already requested; each check and task can be requested once
  .document.id()
  .toJSON();
