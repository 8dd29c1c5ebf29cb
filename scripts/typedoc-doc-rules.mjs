// A TypeDoc plugin with the documentation rules TypeDoc's own validation cannot express. Each
// broken rule is a validation warning, which `treatWarningsAsErrors` turns into a failed build.
// 1. Every function, class and method of the public API has an `@example`: it is what users copy.
// 2. Every property of an exported interface or class has a comment (TypeDoc's `notDocumented`
//    is told to skip properties, because it cannot exempt the wire types below).
//    Wire types, named `...Json`, are exempt: they are inferred from the schema, so their keys
//    cannot carry comments, and the keys are the API's own names.
// TypeDoc's `notExported` check is off in package.json: the type-state helpers (`Next`, `Once`,
// `Terminal`, ...) appear in public signatures on purpose and stay private.
import { Application, ReflectionKind } from 'typedoc';

const NEEDS_EXAMPLE = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Method;
const MEMBER = ReflectionKind.Property | ReflectionKind.Accessor;
const OWNER = ReflectionKind.Interface | ReflectionKind.Class;

/** @param {import('typedoc').Reflection | undefined} reflection */
const hasExample = (reflection) => reflection?.comment?.getTag('@example') !== undefined;

/** @param {import('typedoc').DeclarationReflection} reflection */
const hasComment = (reflection) =>
  reflection.hasComment() ||
  (reflection.signatures ?? []).some((signature) => signature.hasComment()) ||
  (reflection.getSignature?.hasComment() ?? false);

/** @param {import('typedoc').DeclarationReflection} reflection */
const declaredElsewhere = (reflection) => reflection.flags.isExternal || reflection.inheritedFrom !== undefined;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    /** @param {import('typedoc').DeclarationReflection} reflection @param {string} problem */
    const warn = (reflection, problem) => {
      const symbol = project.getSymbolIdFromReflection(reflection);
      const where = symbol?.packagePath ? `, defined in ${symbol.packageName}/${symbol.packagePath},` : '';
      app.logger.validationWarning(
        `${reflection.getFriendlyFullName()} (${ReflectionKind[reflection.kind]})${where} ${problem}`,
      );
    };
    for (const reflection of project.getReflectionsByKind(NEEDS_EXAMPLE)) {
      if (declaredElsewhere(reflection)) continue;
      if (hasExample(reflection) || (reflection.signatures ?? []).some(hasExample)) continue;
      warn(reflection, 'has no @example');
    }
    for (const reflection of project.getReflectionsByKind(MEMBER)) {
      const owner = reflection.parent;
      if (!owner?.kindOf(OWNER) || owner.name.endsWith('Json') || declaredElsewhere(reflection)) continue;
      if (!hasComment(reflection)) warn(reflection, 'does not have any documentation');
    }
  });
}
