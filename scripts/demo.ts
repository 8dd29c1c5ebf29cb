/**
 * `npm run demo`: builds the documented example configuration and stores it in Yoti Sign.
 * Without YOTI_SIGN_API_KEY it talks to a local emulator started right here, so it needs no
 * network; with the variable set it talks to https://api.yotisign.com. The key is never printed.
 */
import { isApiError, listSessionConfigs, sessionConfig } from '../src/index.js';
import { startYotiSignEmulator } from '../src/testing/index.js';

const seed = sessionConfig()
  .name('My Custom Session config')
  .isPrivate(false)
  .clientSessionTokenTtl(1200)
  .resourcesTtl(2630000)
  .userTrackingId('string')
  .blockBiometricConsent(false)
  .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
  .check.liveness({ livenessType: 'ZOOM', maxRetries: 3 })
  .check.faceMatch({ manualCheck: 'FALLBACK' })
  .check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA'] })
  .check.thirdPartyIdentity({ manualCheck: 'NEVER' })
  .task.textExtraction({ manualCheck: 'FALLBACK' })
  .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
  .document.id()
  .document.supplementary('PROOF_OF_ADDRESS', ['COUNCIL_TAX_BILL', 'PHONE_BILL', 'UTILITY_BILL']);

const realKey = process.env['YOTI_SIGN_API_KEY'] === '' ? undefined : process.env['YOTI_SIGN_API_KEY'];
const emulator = realKey === undefined ? await startYotiSignEmulator({ apiKeys: ['demo-key'] }) : undefined;
const apiKey = realKey ?? 'demo-key';
const options = emulator === undefined ? {} : { baseUrl: emulator.url };

try {
  const origin = emulator?.url ?? 'https://api.yotisign.com';
  const where = emulator === undefined ? '' : '   (local emulator; set YOTI_SIGN_API_KEY for the real API)';
  console.log(`POST ${new URL('/v2/idv/sessions/configs', origin).href}${where}`);
  console.log(JSON.stringify(seed.toJSON(), null, 2));

  const created = await seed.create(apiKey, options);
  console.log(`\nYoti Sign answered ${created.status}:`, JSON.stringify(created.body));

  const { session_configs: configs } = await listSessionConfigs(apiKey, options);
  console.log(`\nConfigurations this key can use: ${configs.map((config) => config.name).join(', ')}`);
} catch (error) {
  // An API failure or a malformed key: the message says what to fix and never holds the key.
  if (!isApiError(error) && !(error instanceof TypeError)) throw error;
  console.error(`\n${error.message}`);
  process.exitCode = 1;
} finally {
  await emulator?.close();
}
