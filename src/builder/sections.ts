import { Entry, NOT_PLAIN, type EntryOptions } from '../internal/entry.js';
import { isPlainObject } from '../internal/issue.js';
import { schemaOfField, type Field, type ObjectSchema } from '../schema/language.js';
import { toWire } from '../internal/convert.js';
import { withNode, type StateNode } from '../internal/state.js';
import { requestedCheck, requestedTask, requiredDocument } from '../schema/payload.js';
import { REQUESTS, type RequestMethod } from '../schema/requests.js';

type Loose = Record<string, unknown>;

/**
 * The builder class, handed in by the builder itself: sections make the next builder without
 * importing the module that imports them.
 */
export type BuilderClass<Builder> = new (leaf: StateNode | undefined) => Builder;

/** A check or task: its list, its wire `type`, and the entry its `config` is validated by, made on first use. */
class Request {
  #type: string | undefined;
  #config: Entry | undefined;

  constructor(
    readonly method: RequestMethod,
    readonly options?: EntryOptions,
  ) {}

  /** The node for one more request over `leaf`, its config validated here. */
  node(leaf: StateNode | undefined, options: unknown): StateNode {
    const entry = this.#config ?? this.#entry();
    const type = this.#type as string;
    const input = options ?? {};
    const config = entry.clean(input);
    // One more list item, as the parse counts it, besides those inside the config.
    if (config !== NOT_PLAIN) return withNode(leaf, entry.key, { type, config }, true, entry.items() + 1);
    return withNode(leaf, entry.key, { type, config: entry.raw(input) });
  }

  #entry(): Entry {
    const { list, type } = REQUESTS[this.method];
    const variants: Readonly<Record<string, ObjectSchema>> = list === 'requested_checks' ? requestedCheck.variants : requestedTask.variants;
    const field = variants[type]?.fields['config'] as Field;
    this.#type = type;
    return (this.#config = new Entry(list, schemaOfField(field), 'options', this.options));
  }
}

const REQUEST: Readonly<Record<RequestMethod, Request>> = {
  documentAuthenticity: new Request('documentAuthenticity'),
  documentComparison: new Request('documentComparison'),
  faceMatch: new Request('faceMatch'),
  // The official SDKs send both keys; the defaults are theirs.
  liveness: new Request('liveness', { defaults: { livenessType: 'ZOOM', maxRetries: 1 } }),
  faceComparison: new Request('faceComparison'),
  thirdPartyIdentity: new Request('thirdPartyIdentity'),
  // Each category once, as the official SDKs send them.
  watchlistScreening: new Request('watchlistScreening', {
    complete: (config) => {
      if (isPlainObject(config) && config['categories'] !== undefined) config['categories'] = withoutDuplicates(config['categories']);
    },
  }),
  watchlistAdvancedCa: new Request('watchlistAdvancedCa'),
  familiarFaceSearch: new Request('familiarFaceSearch'),
  ibvVisualReview: new Request('ibvVisualReview'),
  profileDocumentMatch: new Request('profileDocumentMatch'),
  documentSchemeValidity: new Request('documentSchemeValidity'),
  textExtraction: new Request('textExtraction'),
  supplementaryTextExtraction: new Request('supplementaryTextExtraction'),
};

/** The equality of `Array.prototype.includes`: `NaN` equals itself. */
function sameValueZero(one: unknown, other: unknown): boolean {
  return one === other || (one !== one && other !== other);
}

/** Keeps the first of each repeated value, as the official SDKs do for categories and topics. */
export function withoutDuplicates(values: unknown): unknown {
  if (!Array.isArray(values)) return values;
  // Most lists repeat nothing: they are kept as they are (each is already the builder's own copy).
  let repeats = false;
  for (let index = 1; index < values.length && !repeats; index++) {
    for (let before = 0; before < index && !repeats; before++) repeats = sameValueZero(values[index], values[before]);
  }
  if (!repeats) return values;
  const kept: unknown[] = [];
  for (const value of values) if (!kept.includes(value)) kept.push(value);
  return kept;
}

/**
 * `builder.check`: one method per check, each adding one request to a new builder. Each section
 * declares its own two fields: a base class holding them made the whole chain about 10% slower
 * on Node 20 (a derived constructor on every `.check`, `.task` and `.document`).
 */
export class CheckSectionImpl<Builder> {
  readonly #leaf: StateNode | undefined;
  readonly #Builder: BuilderClass<Builder>;

  constructor(leaf: StateNode | undefined, Builder: BuilderClass<Builder>) {
    this.#leaf = leaf;
    this.#Builder = Builder;
  }

  #add(request: Request, options: unknown): Builder {
    return new this.#Builder(request.node(this.#leaf, options));
  }

  documentAuthenticity(options?: unknown) {
    return this.#add(REQUEST.documentAuthenticity, options);
  }

  documentComparison(options?: unknown) {
    return this.#add(REQUEST.documentComparison, options);
  }

  faceMatch(options: unknown) {
    return this.#add(REQUEST.faceMatch, options);
  }

  liveness(options?: unknown) {
    return this.#add(REQUEST.liveness, options);
  }

  faceComparison(options: unknown) {
    return this.#add(REQUEST.faceComparison, options);
  }

  thirdPartyIdentity(options?: unknown) {
    return this.#add(REQUEST.thirdPartyIdentity, options);
  }

  watchlistScreening(options?: unknown) {
    return this.#add(REQUEST.watchlistScreening, options);
  }

  watchlistAdvancedCa(options: unknown) {
    return this.#add(REQUEST.watchlistAdvancedCa, options);
  }

  familiarFaceSearch(options: unknown) {
    return this.#add(REQUEST.familiarFaceSearch, options);
  }

  ibvVisualReview(options?: unknown) {
    return this.#add(REQUEST.ibvVisualReview, options);
  }

  profileDocumentMatch(options?: unknown) {
    return this.#add(REQUEST.profileDocumentMatch, options);
  }

  documentSchemeValidity(options: unknown) {
    return this.#add(REQUEST.documentSchemeValidity, options);
  }
}

/** `builder.task`: one method per task. */
export class TaskSectionImpl<Builder> {
  readonly #leaf: StateNode | undefined;
  readonly #Builder: BuilderClass<Builder>;

  constructor(leaf: StateNode | undefined, Builder: BuilderClass<Builder>) {
    this.#leaf = leaf;
    this.#Builder = Builder;
  }

  textExtraction(options?: unknown) {
    return new this.#Builder(REQUEST.textExtraction.node(this.#leaf, options));
  }

  supplementaryTextExtraction(options?: unknown) {
    return new this.#Builder(REQUEST.supplementaryTextExtraction.node(this.#leaf, options));
  }
}

/**
 * A clean document with its `type`. The clean copy is the builder's own, so the key is added to
 * it: key order is the copier's business at the terminal.
 */
function typed(type: string, document: Loose): Loose {
  document['type'] = type;
  return document;
}

const ID_DOCUMENT = new Entry('required_documents', requiredDocument.variants.ID_DOCUMENT, 'options');
const SUPPLEMENTARY_DOCUMENT = new Entry('required_documents', requiredDocument.variants.SUPPLEMENTARY_DOCUMENT, 'options');

/** `builder.document`: the ID document and supplementary documents to collect. */
export class DocumentSectionImpl<Builder> {
  readonly #leaf: StateNode | undefined;
  readonly #Builder: BuilderClass<Builder>;

  constructor(leaf: StateNode | undefined, Builder: BuilderClass<Builder>) {
    this.#leaf = leaf;
    this.#Builder = Builder;
  }

  id(options?: unknown) {
    const input = options ?? {};
    const document = ID_DOCUMENT.clean(input);
    if (document !== NOT_PLAIN) return this.#next(typed('ID_DOCUMENT', document as Loose), ID_DOCUMENT.items() + 1);
    return this.#next({ type: 'ID_DOCUMENT', ...(ID_DOCUMENT.raw(input) as Loose) });
  }

  supplementary(objective: unknown, documentTypes?: unknown, options?: unknown) {
    // The arguments win over keys of the same name in the options, as they always have.
    const input =
      options === undefined
        ? documentTypes === undefined
          ? { objective: { type: objective } }
          : { documentTypes, objective: { type: objective } }
        : isPlainObject(options)
          ? { ...options, ...(documentTypes === undefined ? {} : { documentTypes }), objective: { type: objective } }
          : undefined;
    const document = input === undefined ? NOT_PLAIN : SUPPLEMENTARY_DOCUMENT.clean(input);
    if (document !== NOT_PLAIN) return this.#next(typed('SUPPLEMENTARY_DOCUMENT', document as Loose), SUPPLEMENTARY_DOCUMENT.items() + 1);
    return this.#next({
      type: 'SUPPLEMENTARY_DOCUMENT',
      ...(SUPPLEMENTARY_DOCUMENT.raw(options ?? {}) as Loose),
      ...(documentTypes === undefined ? {} : { document_types: toWire(requiredDocument.variants.SUPPLEMENTARY_DOCUMENT.fields.document_types.schema, documentTypes) }),
      objective: { type: objective },
    });
  }

  /** The next builder, over one more document; `plainItems` is set when the document is plainly valid. */
  #next(document: Loose, plainItems?: number): Builder {
    const leaf = plainItems === undefined ? withNode(this.#leaf, 'required_documents', document) : withNode(this.#leaf, 'required_documents', document, true, plainItems);
    return new this.#Builder(leaf);
  }
}

for (const Section of [CheckSectionImpl, TaskSectionImpl, DocumentSectionImpl]) Object.freeze(Section.prototype);
