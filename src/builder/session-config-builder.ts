import { adviseSessionConfig, type Advisory, type AdvisoryOptions } from '../advisories.js';
import { BUILDER_BRAND } from '../internal/brand.js';
import { Entry, type EntryOptions } from '../internal/entry.js';
import { assemble, checkEnvelope, emit } from '../internal/emit.js';
import { describeValue, isPlainObject } from '../internal/issue.js';
import { STRICT, withNode, type StateNode } from '../internal/state.js';
import { envelope, sessionConfigPayload, type SessionConfigEnvelope } from '../schema/payload.js';
import type { SessionConfigBuilder } from '../types/builder.js';
import { CheckSectionImpl, DocumentSectionImpl, TaskSectionImpl, withoutDuplicates } from './sections.js';
import { WithoutSectionImpl } from './without-section.js';

const PAYLOAD = sessionConfigPayload.fields;

const setting = (key: keyof typeof PAYLOAD, reading: 'wire' | 'options', options?: EntryOptions) => new Entry(key, PAYLOAD[key].schema, reading, options);

/** What each setting method stores; every value is validated here, once, as it enters. */
const ENTRIES = {
  name: new Entry('name', envelope.fields.name, 'wire'),
  isPrivate: new Entry('is_private', envelope.fields.is_private, 'wire'),
  clientSessionTokenTtl: setting('client_session_token_ttl', 'wire'),
  sessionDeadline: setting('session_deadline', 'wire'),
  resourcesTtl: setting('resources_ttl', 'wire'),
  userTrackingId: setting('user_tracking_id', 'wire'),
  blockBiometricConsent: setting('block_biometric_consent', 'wire'),
  sdkConfig: setting('sdk_config', 'options'),
  notifications: setting('notifications', 'options', {
    complete: (notifications) => {
      if (isPlainObject(notifications) && notifications['topics'] !== undefined) notifications['topics'] = withoutDuplicates(notifications['topics']);
    },
  }),
  identityProfile: setting('identity_profile_requirements', 'options'),
  advancedIdentityProfile: setting('advanced_identity_profile_requirements', 'options'),
  subject: setting('subject', 'options'),
  createIdentityProfilePreview: setting('create_identity_profile_preview', 'wire'),
  // The Go SDK's default: the longest lifetime the PHP SDK accepts.
  importToken: setting('import_token', 'options', { defaults: { ttl: 31536000 } }),
  ibvOptions: setting('ibv_options', 'options'),
  resources: setting('resources', 'options'),
  ephemeralMedia: setting('ephemeral_media', 'wire'),
};

/**
 * The runtime builder. Loosely typed on purpose: the public `SessionConfigBuilder<Used>`
 * interface carries the type state, this class only records calls. Every method returns a new
 * instance over one more state node, held in a private field nothing can reach. The prototype
 * is frozen, so no method of a shared template can be replaced (assigning one throws), while
 * instances are not: `Object.freeze` on each would cost about 30 ns a call, as much as the rest
 * of the call, and would guard nothing the private field does not.
 */
export class SessionConfigBuilderImpl {
  readonly #leaf: StateNode | undefined;

  constructor(leaf: StateNode | undefined) {
    this.#leaf = leaf;
  }

  #with(entry: Entry, value: unknown): SessionConfigBuilderImpl {
    return new SessionConfigBuilderImpl(entry.node(this.#leaf, value));
  }

  name(name: string) {
    return this.#with(ENTRIES.name, name);
  }

  isPrivate(isPrivate: boolean) {
    return this.#with(ENTRIES.isPrivate, isPrivate);
  }

  clientSessionTokenTtl(seconds: number) {
    return this.#with(ENTRIES.clientSessionTokenTtl, seconds);
  }

  sessionDeadline(deadline: Date | string) {
    // An invalid Date would throw in toISOString(); keep a readable value for the terminal to report.
    const value = deadline instanceof Date ? (Number.isNaN(deadline.getTime()) ? 'Invalid Date' : deadline.toISOString()) : deadline;
    return this.#with(ENTRIES.sessionDeadline, value);
  }

  resourcesTtl(seconds: number) {
    return this.#with(ENTRIES.resourcesTtl, seconds);
  }

  userTrackingId(id: string) {
    return this.#with(ENTRIES.userTrackingId, id);
  }

  blockBiometricConsent(block: boolean) {
    return this.#with(ENTRIES.blockBiometricConsent, block);
  }

  sdkConfig(options: unknown) {
    return this.#with(ENTRIES.sdkConfig, options);
  }

  notifications(options: unknown) {
    return this.#with(ENTRIES.notifications, options);
  }

  identityProfile(options: unknown) {
    return this.#with(ENTRIES.identityProfile, options);
  }

  advancedIdentityProfile(options: unknown) {
    return this.#with(ENTRIES.advancedIdentityProfile, options);
  }

  subject(options: unknown) {
    return this.#with(ENTRIES.subject, options);
  }

  createIdentityProfilePreview(enabled: boolean) {
    return this.#with(ENTRIES.createIdentityProfilePreview, enabled);
  }

  importToken(options?: unknown) {
    return this.#with(ENTRIES.importToken, options ?? {});
  }

  ibvOptions(options: unknown) {
    return this.#with(ENTRIES.ibvOptions, options);
  }

  resources(options: unknown) {
    return this.#with(ENTRIES.resources, options);
  }

  ephemeralMedia(enabled: boolean) {
    return this.#with(ENTRIES.ephemeralMedia, enabled);
  }

  strict(enabled: boolean = true) {
    // Not part of the JSON, so the terminal's parse cannot report a wrong value: reject it here.
    if (typeof enabled !== 'boolean') throw new TypeError(`The \`enabled\` argument of strict() must be true or false, received ${describeValue(enabled)}`);
    // Strict mode asks for the advisories, which only the full path computes.
    return new SessionConfigBuilderImpl(withNode(this.#leaf, STRICT, enabled, !enabled));
  }

  advisories(options?: AdvisoryOptions): Advisory[] {
    return adviseSessionConfig(checkEnvelope(assemble(this.#leaf)).value as SessionConfigEnvelope, options);
  }

  // Sections are small instances with methods on their prototype: cheaper than a bag of closures.
  get check(): CheckSectionImpl<SessionConfigBuilderImpl> {
    return new CheckSectionImpl(this.#leaf, SessionConfigBuilderImpl);
  }

  get task(): TaskSectionImpl<SessionConfigBuilderImpl> {
    return new TaskSectionImpl(this.#leaf, SessionConfigBuilderImpl);
  }

  get document(): DocumentSectionImpl<SessionConfigBuilderImpl> {
    return new DocumentSectionImpl(this.#leaf, SessionConfigBuilderImpl);
  }

  get without(): WithoutSectionImpl<SessionConfigBuilderImpl> {
    return new WithoutSectionImpl(this.#leaf, SessionConfigBuilderImpl);
  }

  /** What the CLI looks for to find exported builders; on the prototype, so it costs nothing per call. */
  get [BUILDER_BRAND](): true {
    return true;
  }

  toJSON(): SessionConfigEnvelope {
    return emit(this.#leaf);
  }

  /** Validates exactly as toJSON() does, then loads the HTTP client (and ky) only now, on first use. */
  async create(apiKey: string, options?: import('../http/types.js').RequestOptions) {
    const sent = this.toJSON();
    const { createSessionConfig } = await import('../http/create.js');
    return createSessionConfig(sent, apiKey, options);
  }

  /** Shows what is requested, never option values: a custom account's API key lives in them. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const { name, session_config: config } = assemble(this.#leaf) as { name: unknown; session_config: Record<string, unknown> };
    const types = (key: string) => ((config[key] as { type?: unknown }[] | undefined) ?? []).map((item) => String(item?.type)).join(', ');
    return `SessionConfigBuilder { name: ${name === undefined ? '(unset)' : JSON.stringify(name)}, checks: [${types('requested_checks')}], tasks: [${types('requested_tasks')}], documents: [${types('required_documents')}] }`;
  }
}

/**
 * Starts a configuration. The builder is immutable: each call returns a new builder.
 *
 * @example
 * ```ts
 * const kyc = sessionConfig()
 *   .name('KYC')
 *   .check.liveness({ maxRetries: 3 })
 *   .check.faceMatch({ manualCheck: 'FALLBACK' })
 *   .document.id();
 * kyc.toJSON(); // { "name": "KYC", "is_private": false, "session_config": { ... } }
 * ```
 */
export function sessionConfig(): SessionConfigBuilder {
  return EMPTY as unknown as SessionConfigBuilder;
}

Object.freeze(SessionConfigBuilderImpl.prototype);
const EMPTY = new SessionConfigBuilderImpl(undefined);

/** Wraps a state node list in a builder; for code that lifts existing JSON into the builder. */
export function builderFrom(leaf: StateNode | undefined): SessionConfigBuilderImpl {
  return new SessionConfigBuilderImpl(leaf);
}
