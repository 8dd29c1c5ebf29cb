/**
 * What a chain of plainly valid builder calls looks like without its values: the steps from the
 * empty builder (a setting, a request or document of one type, a removal). Shapes are interned,
 * so every chain the same code builds shares one shape, and a shape emitted more than once gets
 * an emitter of its own (chain-emitter.ts) that reads the values straight off the nodes.
 */

/** A state key for a setting, the name or the privacy flag; a wire `type` for a list item; the removal itself for a removal. */
export type Step = string | object;

/** Past this many shapes, new chains keep the general terminal: a program that builds configurations from data cannot grow the table without bound. */
const MAX_SHAPES = 4096;
let shapes = 0;

export class Shape {
  /** The step taken last from this shape: chains built by one piece of code take the same one each time. */
  #lastStep: Step | undefined;
  #lastShape: Shape | undefined;
  #next: Map<Step, Shape> | undefined;
  /** Terminals that emitted a chain of this shape. */
  emits = 0;
  /** The shape's own emitter once made; `null` where none can be. */
  emitter: unknown = undefined;

  constructor(
    readonly parent: Shape | undefined,
    readonly step: Step | undefined,
    /** Steps from the empty builder; -1 for `UNSHAPED` and `FULL_PARSE`. */
    readonly length: number,
  ) {}

  /** The shape one more step makes. */
  to(step: Step): Shape {
    if (step === this.#lastStep) return this.#lastShape as Shape;
    if (this.length < 0) return this;
    let next = this.#next?.get(step);
    if (next === undefined) {
      if (shapes >= MAX_SHAPES) return UNSHAPED;
      shapes++;
      next = new Shape(this, step, this.length + 1);
      (this.#next ??= new Map()).set(step, next);
    }
    this.#lastStep = step;
    this.#lastShape = next;
    return next;
  }
}

/** The shape of the empty builder. */
export const EMPTY_SHAPE = new Shape(undefined, undefined, 0);
/** The shape of a chain of plainly valid calls made past the table's bound: never given an emitter. */
export const UNSHAPED = new Shape(undefined, undefined, -1);
/**
 * The shape of a chain with a node the fast terminal cannot vouch for (a value that is not
 * plainly valid, one read by `fromJSON`, strict mode, too many list items): the terminal parses
 * it in full.
 */
export const FULL_PARSE = new Shape(undefined, undefined, -1);
