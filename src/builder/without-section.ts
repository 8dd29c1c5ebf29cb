import { REMOVAL, withNode, type Removal, type StateNode } from '../internal/state.js';
import { REQUESTS, type RequestMethod } from '../schema/requests.js';
import type { BuilderClass } from './sections.js';

/**
 * `builder.without.check.*` and `builder.without.task.*`: one method per request of the list,
 * generated from the request table so a new check can be taken back as soon as it exists.
 */
class RemovalSection<Builder> {
  constructor(
    readonly leaf: StateNode | undefined,
    readonly Builder: BuilderClass<Builder>,
  ) {}
}

function removalSectionFor(list: 'requested_checks' | 'requested_tasks'): typeof RemovalSection {
  class Section<Builder> extends RemovalSection<Builder> {}
  for (const [method, request] of Object.entries(REQUESTS) as [RequestMethod, (typeof REQUESTS)[RequestMethod]][]) {
    if (request.list !== list) continue;
    const removal: Removal = { list, type: request.type };
    Object.defineProperty(Section.prototype, method, {
      value: function (this: RemovalSection<unknown>) {
        return new this.Builder(withNode(this.leaf, REMOVAL, removal, true));
      },
    });
  }
  Object.freeze(Section.prototype);
  return Section;
}

// Made on first use: most programs never take a request back.
let CheckRemovals: typeof RemovalSection | undefined;
let TaskRemovals: typeof RemovalSection | undefined;
const ALL_DOCUMENTS: Removal = { list: 'required_documents' };

/**
 * `builder.without`: a removal is one more state node, so the template it is called on keeps
 * everything, and the assembled JSON leaves out what older nodes requested.
 */
export class WithoutSectionImpl<Builder> {
  constructor(
    private readonly leaf: StateNode | undefined,
    private readonly Builder: BuilderClass<Builder>,
  ) {}

  get check(): RemovalSection<Builder> {
    return new (CheckRemovals ??= removalSectionFor('requested_checks'))(this.leaf, this.Builder);
  }

  get task(): RemovalSection<Builder> {
    return new (TaskRemovals ??= removalSectionFor('requested_tasks'))(this.leaf, this.Builder);
  }

  documents(): Builder {
    return new this.Builder(withNode(this.leaf, REMOVAL, ALL_DOCUMENTS, true));
  }
}

Object.freeze(WithoutSectionImpl.prototype);
Object.freeze(RemovalSection.prototype);
