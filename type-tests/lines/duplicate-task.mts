import { sessionConfig } from 'yoti-session-config';

export const onboarding = sessionConfig()
  .name('Onboarding')
  .task.textExtraction({ manualCheck: 'FALLBACK' })
  .check.liveness()
  .task.textExtraction({ manualCheck: 'NEVER' }) // @error: task.textExtraction() is already requested
  .document.id();
