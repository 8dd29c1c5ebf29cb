// @ts-check
/**
 * Run-time cost of producing the seed envelope's JSON, in one process: the object literal (the
 * floor), this library's builder chain from the built `dist/`, and the official `yoti` SDK
 * builders. Variants run in paired, alternating batches; each pair gives a ratio and the median
 * ratio is reported, so drift of the machine during the run cancels out.
 *
 * Usage: node bench/runtime.mjs [--json]
 */
import { deepStrictEqual, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_ENTRY, median, quantile, ROOT } from './lib.mjs';

const { sessionConfig, validateSessionConfig } = await import(pathToFileURL(DIST_ENTRY).href);
const sdk = createRequire(import.meta.url)('yoti');

const SEED_PATH = join(ROOT, 'examples', 'seed.json');

/**
 * Every value comes from this object, and `vary` changes it between pairs, so no variant can be
 * folded into a constant. Both sides of a pair see the same values.
 */
const input = {
  name: 'My Custom Session config',
  isPrivate: false,
  tokenTtl: 1200,
  resourcesTtl: 2630000,
  trackingId: 'string',
  block: false,
  fallback: /** @type {'FALLBACK'} */ ('FALLBACK'),
  never: /** @type {'NEVER'} */ ('NEVER'),
  livenessType: /** @type {'ZOOM'} */ ('ZOOM'),
  retries: 3,
  categories: /** @type {('SANCTIONS' | 'ADVERSE-MEDIA')[]} */ (['SANCTIONS', 'ADVERSE-MEDIA']),
  objective: /** @type {'PROOF_OF_ADDRESS'} */ ('PROOF_OF_ADDRESS'),
  documentTypes: /** @type {('COUNCIL_TAX_BILL' | 'PHONE_BILL' | 'UTILITY_BILL')[]} */ (['COUNCIL_TAX_BILL', 'PHONE_BILL', 'UTILITY_BILL']),
  seed: /** @type {unknown} */ (undefined),
};
const TRACKING_IDS = ['string', 'user-0001', 'user-0002', 'user-0003'];
/** @param {number} round */
function vary(round) {
  input.retries = 3 + (round % 3);
  input.trackingId = /** @type {string} */ (TRACKING_IDS[round % TRACKING_IDS.length]);
}

/** (a) The floor: what a careful hand would write. */
function literal() {
  return JSON.stringify({
    name: input.name,
    is_private: input.isPrivate,
    session_config: {
      client_session_token_ttl: input.tokenTtl,
      resources_ttl: input.resourcesTtl,
      user_tracking_id: input.trackingId,
      block_biometric_consent: input.block,
      requested_checks: [
        { type: 'ID_DOCUMENT_AUTHENTICITY', config: { manual_check: input.fallback } },
        { type: 'LIVENESS', config: { liveness_type: input.livenessType, max_retries: input.retries } },
        { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: input.fallback } },
        { type: 'WATCHLIST_SCREENING', config: { categories: input.categories } },
        { type: 'THIRD_PARTY_IDENTITY', config: { manual_check: input.never } },
      ],
      requested_tasks: [
        { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: input.fallback } },
        { type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: input.fallback } },
      ],
      required_documents: [
        { type: 'ID_DOCUMENT' },
        { type: 'SUPPLEMENTARY_DOCUMENT', document_types: input.documentTypes, objective: { type: input.objective } },
      ],
    },
  });
}

/**
 * The seed chain but for its user tracking id, the one value that differs per request: the whole
 * chain adds it last, and the shared template is this, built once.
 */
function seedWithoutTrackingId() {
  return sessionConfig()
    .name(input.name)
    .isPrivate(input.isPrivate)
    .clientSessionTokenTtl(input.tokenTtl)
    .resourcesTtl(input.resourcesTtl)
    .blockBiometricConsent(input.block)
    .check.documentAuthenticity({ manualCheck: input.fallback })
    .check.liveness({ livenessType: input.livenessType, maxRetries: input.retries })
    .check.faceMatch({ manualCheck: input.fallback })
    .check.watchlistScreening({ categories: input.categories })
    .check.thirdPartyIdentity({ manualCheck: input.never })
    .task.textExtraction({ manualCheck: input.fallback })
    .task.supplementaryTextExtraction({ manualCheck: input.fallback })
    .document.id()
    .document.supplementary(input.objective, input.documentTypes);
}

/** This library's seed chain, without its terminal: every call, every time. */
function builderChain() {
  return seedWithoutTrackingId().userTrackingId(input.trackingId);
}

/**
 * The shared template: built once at start-up with everything but the per-request value, as a
 * server keeps one configuration and adds what differs per user.
 */
const TEMPLATE = seedWithoutTrackingId();

/** (e) The template pattern: the shared template, one more call, its terminal, then `JSON.stringify`. */
function fromTemplate() {
  return JSON.stringify(TEMPLATE.userTrackingId(input.trackingId).toJSON());
}

/** (b) This library: the seed chain, its terminal, then `JSON.stringify`. */
function builder() {
  return JSON.stringify(builderChain().toJSON());
}

/**
 * (c) The official SDK's builders for the same session, wrapped in the Yoti Sign envelope. Its
 * third-party check takes no options, so that one check emits `config: {}`.
 */
function officialSdk() {
  const watchlist = new sdk.RequestedWatchlistScreeningCheckBuilder();
  for (const category of input.categories) watchlist.withCategory(category);
  const session = new sdk.SessionSpecificationBuilder()
    .withClientSessionTokenTtl(input.tokenTtl)
    .withResourcesTtl(input.resourcesTtl)
    .withUserTrackingId(input.trackingId)
    .withBlockBiometricConsent(input.block)
    .withRequestedCheck(new sdk.RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build())
    .withRequestedCheck(new sdk.RequestedLivenessCheckBuilder().forLivenessType(input.livenessType).withMaxRetries(input.retries).build())
    .withRequestedCheck(new sdk.RequestedFaceMatchCheckBuilder().withManualCheckFallback().build())
    .withRequestedCheck(watchlist.build())
    .withRequestedCheck(new sdk.RequestedThirdPartyIdentityCheckBuilder().build())
    .withRequestedTask(new sdk.RequestedTextExtractionTaskBuilder().withManualCheckFallback().build())
    .withRequestedTask(new sdk.RequestedSupplementaryDocTextExtractionTaskBuilder().withManualCheckFallback().build())
    .withRequiredDocument(new sdk.RequiredIdDocumentBuilder().build())
    .withRequiredDocument(
      new sdk.RequiredSupplementaryDocumentBuilder()
        .withObjective(new sdk.ProofOfAddressObjectiveBuilder().build())
        .withDocumentTypes(input.documentTypes)
        .build(),
    )
    .build();
  return JSON.stringify({ name: input.name, is_private: input.isPrivate, session_config: session });
}

/** (d) Validation of the seed as parsed JSON: the work `validateSessionConfig` and `fromJSON` do. */
function validate() {
  const result = validateSessionConfig(input.seed);
  return result.ok ? 1 : 0;
}

/** Each variant must produce what it claims before it is timed. */
function checkOutputs() {
  const seed = JSON.parse(readFileSync(SEED_PATH, 'utf8'));
  input.seed = seed;
  strictEqual(literal(), JSON.stringify(seed), 'the literal is the seed');
  strictEqual(builder(), JSON.stringify(seed), 'the builder emits the seed byte for byte');
  strictEqual(fromTemplate(), JSON.stringify(seed), 'the template and one call emit the seed byte for byte');
  const fromSdk = JSON.parse(officialSdk());
  fromSdk.session_config.requested_checks[4].config = { manual_check: 'NEVER' };
  deepStrictEqual(fromSdk, seed, 'the official SDK emits the seed, but for the third-party config');
  strictEqual(validate(), 1, 'the seed is valid');
}

let sink = 0;
/**
 * Mean nanoseconds per call over one batch.
 * @param {() => unknown} fn @param {number} size
 */
function batch(fn, size) {
  const start = process.hrtime.bigint();
  for (let index = 0; index < size; index++) {
    const out = fn();
    sink += typeof out === 'string' ? out.length : Number(out);
  }
  return Number(process.hrtime.bigint() - start) / size;
}

/**
 * Times `candidate` against `base` in `pairs` pairs of batches; the order inside a pair
 * alternates so neither side always runs on a warmer cache or right after a collection.
 * @param {() => unknown} base @param {() => unknown} candidate
 */
function compare(base, candidate, { pairs = 101, size = 400 } = {}) {
  for (let round = 0; round < 20; round++) {
    vary(round);
    batch(base, size);
    batch(candidate, size);
  }
  const ratios = [];
  const baseTimes = [];
  const candidateTimes = [];
  for (let pair = 0; pair < pairs; pair++) {
    vary(pair);
    let baseNs;
    let candidateNs;
    if (pair % 2 === 0) {
      baseNs = batch(base, size);
      candidateNs = batch(candidate, size);
    } else {
      candidateNs = batch(candidate, size);
      baseNs = batch(base, size);
    }
    ratios.push(candidateNs / baseNs);
    baseTimes.push(baseNs);
    candidateTimes.push(candidateNs);
  }
  return {
    ratio: median(ratios),
    ratioP25: quantile(ratios, 0.25),
    ratioP75: quantile(ratios, 0.75),
    baseUs: median(baseTimes) / 1000,
    candidateUs: median(candidateTimes) / 1000,
    pairs,
    batchSize: size,
  };
}

/**
 * Where the builder's time goes, each part timed against the floor: the chain alone; the chain
 * and its terminal (a fresh chain each time, as in (b)), and `JSON.stringify` of the envelope.
 */
function breakdown() {
  const envelope = builderChain().toJSON();
  const chainOnly = () => {
    builderChain();
    return 1;
  };
  const chainAndTerminal = () => {
    builderChain().toJSON();
    return 1;
  };
  const stringifyOnly = () => JSON.stringify(envelope);
  return {
    chain: compare(literal, chainOnly).candidateUs,
    chainAndToJSON: compare(literal, chainAndTerminal).candidateUs,
    stringify: compare(literal, stringifyOnly).candidateUs,
  };
}

checkOutputs();
const builderVsLiteral = compare(literal, builder);
const templateVsLiteral = compare(literal, fromTemplate);
const sdkVsLiteral = compare(literal, officialSdk);
const validateVsLiteral = compare(literal, validate);
const parts = process.argv.includes('--breakdown') ? breakdown() : undefined;

const result = {
  literalUs: builderVsLiteral.baseUs,
  builder: builderVsLiteral,
  template: templateVsLiteral,
  officialSdk: sdkVsLiteral,
  validate: validateVsLiteral,
  breakdown: parts,
  sink,
};

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(result));
} else {
  const row = (/** @type {string} */ label, /** @type {ReturnType<typeof compare>} */ r) =>
    `${label.padEnd(34)} ${r.candidateUs.toFixed(2).padStart(7)} µs   ratio ${r.ratio.toFixed(3)} (IQR ${r.ratioP25.toFixed(3)}–${r.ratioP75.toFixed(3)})`;
  console.log(`literal + JSON.stringify           ${builderVsLiteral.baseUs.toFixed(2).padStart(7)} µs`);
  console.log(row('builder + toJSON + JSON.stringify', builderVsLiteral));
  console.log(row('template + 1 call + toJSON + stringify', templateVsLiteral));
  console.log(row('official SDK + JSON.stringify', sdkVsLiteral));
  console.log(row('validateSessionConfig(seed)', validateVsLiteral));
  if (parts) console.log(`breakdown: chain ${parts.chain.toFixed(2)} µs, chain + toJSON ${parts.chainAndToJSON.toFixed(2)} µs, stringify ${parts.stringify.toFixed(2)} µs`);
}
