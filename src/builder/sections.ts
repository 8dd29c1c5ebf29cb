import { toWire } from '../internal/convert.js';
import { isPlainObject } from '../internal/parse.js';
import type { ObjectSchema, Schema } from '../internal/schema-dsl.js';
import { withNode, type StateNode } from '../internal/state.js';
import { requestedCheck, requestedTask, requiredDocument } from '../schema/payload.js';
import { REQUESTS, type RequestMethod } from '../schema/requests.js';
import { SessionConfigBuilderImpl } from './session-config-builder.js';

type Loose = Record<string, unknown>;

/** Per request method: its list, wire type and the schema of its `config`, looked up once. */
const REQUEST_SHAPES = Object.fromEntries(
  Object.entries(REQUESTS).map(([method, { list, type }]) => {
    const variants: Readonly<Record<string, ObjectSchema>> = list === 'requested_checks' ? requestedCheck.variants : requestedTask.variants;
    return [method, { list, type, config: variants[type]?.fields['config'] as Schema }];
  }),
) as Record<RequestMethod, { readonly list: 'requested_checks' | 'requested_tasks'; readonly type: string; readonly config: Schema }>;

function request(leaf: StateNode | undefined, method: RequestMethod, options: unknown, defaults?: Loose): SessionConfigBuilderImpl {
  const { list, type, config: schema } = REQUEST_SHAPES[method];
  const config = toWire(schema, options ?? {});
  if (defaults !== undefined && isPlainObject(config)) {
    for (const key in defaults) config[key] ??= defaults[key];
  }
  return new SessionConfigBuilderImpl(withNode(leaf, list, { type, config }));
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

export class CheckSectionImpl {
  constructor(private readonly leaf: StateNode | undefined) {}

  documentAuthenticity(options?: unknown) {
    return request(this.leaf, 'documentAuthenticity', options);
  }

  documentComparison(options?: unknown) {
    return request(this.leaf, 'documentComparison', options);
  }

  faceMatch(options: unknown) {
    return request(this.leaf, 'faceMatch', options);
  }

  liveness(options?: unknown) {
    return request(this.leaf, 'liveness', options, LIVENESS_DEFAULTS);
  }

  faceComparison(options: unknown) {
    return request(this.leaf, 'faceComparison', options);
  }

  thirdPartyIdentity(options?: unknown) {
    return request(this.leaf, 'thirdPartyIdentity', options);
  }

  watchlistScreening(options: unknown) {
    const categories = isPlainObject(options) ? withoutDuplicates(options['categories']) : undefined;
    return request(this.leaf, 'watchlistScreening', isPlainObject(options) ? { ...options, categories } : options);
  }

  watchlistAdvancedCa(options: unknown) {
    return request(this.leaf, 'watchlistAdvancedCa', options);
  }
}

export class TaskSectionImpl {
  constructor(private readonly leaf: StateNode | undefined) {}

  textExtraction(options: unknown) {
    return request(this.leaf, 'textExtraction', options);
  }

  supplementaryTextExtraction(options: unknown) {
    return request(this.leaf, 'supplementaryTextExtraction', options);
  }
}

export class DocumentSectionImpl {
  constructor(private readonly leaf: StateNode | undefined) {}

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

  #add(document: Loose): SessionConfigBuilderImpl {
    return new SessionConfigBuilderImpl(withNode(this.leaf, 'required_documents', document));
  }
}
