import { toWire } from '../internal/convert.js';
import { isPlainObject } from '../internal/issue.js';
import type { Field, ObjectSchema, Schema } from '../schema/language.js';
import { withNode, type StateKey, type StateNode } from '../internal/state.js';
import { requestedCheck, requestedTask, requiredDocument } from '../schema/payload.js';
import { REQUESTS, type RequestMethod } from '../schema/requests.js';

type Loose = Record<string, unknown>;

/**
 * The builder class, handed in by the builder itself: sections make the next builder without
 * importing the module that imports them.
 */
export type BuilderClass<Builder> = new (leaf: StateNode | undefined) => Builder;

/** Per request method: its list, wire type and the schema of its `config`, looked up once. */
const REQUEST_SHAPES = Object.fromEntries(
  Object.entries(REQUESTS).map(([method, { list, type }]) => {
    const variants: Readonly<Record<string, ObjectSchema>> = list === 'requested_checks' ? requestedCheck.variants : requestedTask.variants;
    const config = variants[type]?.fields['config'] as Field;
    return [method, { list, type, config: config.kind === 'optional' ? config.schema : config }];
  }),
) as Record<RequestMethod, { readonly list: 'requested_checks' | 'requested_tasks'; readonly type: string; readonly config: Schema }>;

function request<Builder>(section: SectionBase<Builder>, method: RequestMethod, options: unknown, defaults?: Loose): Builder {
  const { list, type, config: schema } = REQUEST_SHAPES[method];
  const config = toWire(schema, options ?? {});
  if (defaults !== undefined && isPlainObject(config)) {
    for (const key in defaults) config[key] ??= defaults[key];
  }
  return section.next(list, { type, config });
}

// The official SDKs send both keys; the defaults are theirs.
const LIVENESS_DEFAULTS: Loose = { liveness_type: 'ZOOM', max_retries: 1 };

/** Keeps the first of each repeated value, as the official SDKs do for categories and topics. */
export function withoutDuplicates(values: unknown): unknown {
  if (!Array.isArray(values)) return values;
  const kept: unknown[] = [];
  for (const value of values) if (!kept.includes(value)) kept.push(value);
  return kept;
}

/** What every section shares: the state it extends and the class of the builder it returns. */
class SectionBase<Builder> {
  constructor(
    private readonly leaf: StateNode | undefined,
    private readonly Builder: BuilderClass<Builder>,
  ) {}

  next(key: StateKey, value: unknown): Builder {
    return new this.Builder(withNode(this.leaf, key, value));
  }
}

export class CheckSectionImpl<Builder> extends SectionBase<Builder> {
  documentAuthenticity(options?: unknown) {
    return request(this, 'documentAuthenticity', options);
  }

  documentComparison(options?: unknown) {
    return request(this, 'documentComparison', options);
  }

  faceMatch(options: unknown) {
    return request(this, 'faceMatch', options);
  }

  liveness(options?: unknown) {
    return request(this, 'liveness', options, LIVENESS_DEFAULTS);
  }

  faceComparison(options: unknown) {
    return request(this, 'faceComparison', options);
  }

  thirdPartyIdentity(options?: unknown) {
    return request(this, 'thirdPartyIdentity', options);
  }

  watchlistScreening(options?: unknown) {
    if (!isPlainObject(options) || options['categories'] === undefined) return request(this, 'watchlistScreening', options);
    return request(this, 'watchlistScreening', { ...options, categories: withoutDuplicates(options['categories']) });
  }

  watchlistAdvancedCa(options: unknown) {
    return request(this, 'watchlistAdvancedCa', options);
  }

  familiarFaceSearch(options: unknown) {
    return request(this, 'familiarFaceSearch', options);
  }

  ibvVisualReview(options?: unknown) {
    return request(this, 'ibvVisualReview', options);
  }

  profileDocumentMatch(options?: unknown) {
    return request(this, 'profileDocumentMatch', options);
  }

  documentSchemeValidity(options: unknown) {
    return request(this, 'documentSchemeValidity', options);
  }
}

export class TaskSectionImpl<Builder> extends SectionBase<Builder> {
  textExtraction(options?: unknown) {
    return request(this, 'textExtraction', options);
  }

  supplementaryTextExtraction(options?: unknown) {
    return request(this, 'supplementaryTextExtraction', options);
  }
}

export class DocumentSectionImpl<Builder> extends SectionBase<Builder> {
  id(options?: unknown) {
    const document = toWire(requiredDocument.variants.ID_DOCUMENT, options ?? {}) as Loose;
    return this.#add({ type: 'ID_DOCUMENT', ...document });
  }

  supplementary(objective: unknown, documentTypes?: unknown, options?: unknown) {
    const document = toWire(requiredDocument.variants.SUPPLEMENTARY_DOCUMENT, options ?? {}) as Loose;
    return this.#add({
      type: 'SUPPLEMENTARY_DOCUMENT',
      ...document,
      ...(documentTypes === undefined ? {} : { document_types: toWire(requiredDocument.variants.SUPPLEMENTARY_DOCUMENT.fields.document_types.schema, documentTypes) }),
      objective: { type: objective },
    });
  }

  #add(document: Loose): Builder {
    return this.next('required_documents', document);
  }
}
