import { adviseSessionConfig, type Advisory, type AdvisoryOptions } from '../advisories.js';
import { BUILDER_BRAND } from '../internal/brand.js';
import { toWire } from '../internal/convert.js';
import { assemble, checkEnvelope, emit } from '../internal/emit.js';
import { describeValue, isPlainObject } from '../internal/issue.js';
import { STRICT, withNode, type StateKey, type StateNode } from '../internal/state.js';
import { sessionConfigPayload, type SessionConfigEnvelope } from '../schema/payload.js';
import type { SessionConfigBuilder } from '../types/builder.js';
import { CheckSectionImpl, DocumentSectionImpl, TaskSectionImpl, withoutDuplicates } from './sections.js';
import { WithoutSectionImpl } from './without-section.js';

const PAYLOAD = sessionConfigPayload.fields;

/**
 * The runtime builder. Loosely typed on purpose: the public `SessionConfigBuilder<Used>`
 * interface carries the type state, this class only records calls. Instances are frozen and
 * every method returns a new instance over one more state node.
 */
export class SessionConfigBuilderImpl {
  readonly #leaf: StateNode | undefined;

  constructor(leaf: StateNode | undefined) {
    this.#leaf = leaf;
    Object.freeze(this);
  }

  #with(key: StateKey, value: unknown): SessionConfigBuilderImpl {
    return new SessionConfigBuilderImpl(withNode(this.#leaf, key, value));
  }

  name(name: string) {
    return this.#with('name', name);
  }

  isPrivate(isPrivate: boolean) {
    return this.#with('is_private', isPrivate);
  }

  clientSessionTokenTtl(seconds: number) {
    return this.#with('client_session_token_ttl', seconds);
  }

  sessionDeadline(deadline: Date | string) {
    // An invalid Date would throw in toISOString(); keep a readable value for the terminal to report.
    const value = deadline instanceof Date ? (Number.isNaN(deadline.getTime()) ? 'Invalid Date' : deadline.toISOString()) : deadline;
    return this.#with('session_deadline', value);
  }

  resourcesTtl(seconds: number) {
    return this.#with('resources_ttl', seconds);
  }

  userTrackingId(id: string) {
    return this.#with('user_tracking_id', id);
  }

  blockBiometricConsent(block: boolean) {
    return this.#with('block_biometric_consent', block);
  }

  sdkConfig(options: unknown) {
    return this.#with('sdk_config', toWire(PAYLOAD.sdk_config.schema, options));
  }

  notifications(options: unknown) {
    const notifications = toWire(PAYLOAD.notifications.schema, options);
    if (isPlainObject(notifications) && notifications['topics'] !== undefined) {
      notifications['topics'] = withoutDuplicates(notifications['topics']);
    }
    return this.#with('notifications', notifications);
  }

  identityProfile(options: unknown) {
    return this.#with('identity_profile_requirements', toWire(PAYLOAD.identity_profile_requirements.schema, options));
  }

  advancedIdentityProfile(options: unknown) {
    return this.#with('advanced_identity_profile_requirements', toWire(PAYLOAD.advanced_identity_profile_requirements.schema, options));
  }

  subject(options: unknown) {
    return this.#with('subject', toWire(PAYLOAD.subject.schema, options));
  }

  createIdentityProfilePreview(enabled: boolean) {
    return this.#with('create_identity_profile_preview', enabled);
  }

  importToken(options?: unknown) {
    const token = toWire(PAYLOAD.import_token.schema, options ?? {});
    // The Go SDK's default: the longest lifetime the PHP SDK accepts.
    if (isPlainObject(token)) token['ttl'] ??= 31536000;
    return this.#with('import_token', token);
  }

  ibvOptions(options: unknown) {
    return this.#with('ibv_options', toWire(PAYLOAD.ibv_options.schema, options));
  }

  resources(options: unknown) {
    return this.#with('resources', toWire(PAYLOAD.resources.schema, options));
  }

  ephemeralMedia(enabled: boolean) {
    return this.#with('ephemeral_media', enabled);
  }

  strict(enabled: boolean = true) {
    // Not part of the JSON, so the terminal's parse cannot report a wrong value: reject it here.
    if (typeof enabled !== 'boolean') throw new TypeError(`The \`enabled\` argument of strict() must be true or false, received ${describeValue(enabled)}`);
    return this.#with(STRICT, enabled);
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

const EMPTY = new SessionConfigBuilderImpl(undefined);

/** Wraps a state node list in a builder; for code that lifts existing JSON into the builder. */
export function builderFrom(leaf: StateNode | undefined): SessionConfigBuilderImpl {
  return new SessionConfigBuilderImpl(leaf);
}
