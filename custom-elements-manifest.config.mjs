/** Custom Elements Manifest: generated from the JSDoc of the element classes (`npm run analyze`). */

/**
 * Lit's internal reactive state (`{ state: true }` in `static properties`) is no public API, but
 * the analyzer lists it as attributes and public fields: this plugin takes it out, with the private
 * and protected members.
 */
function dropInternalState() {
  const internal = new Set(); // "ClassName.field"
  return {
    name: 'datamed-drop-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStaticProperties || !member.initializer || !ts.isObjectLiteralExpression(member.initializer))
          continue;
        for (const entry of member.initializer.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          const state = entry.initializer.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'state' &&
              p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) internal.add(`${node.name.text}.${entry.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const isInternal = (item) =>
            internal.has(`${item.inheritedFrom?.name ?? declaration.name}.${item.fieldName ?? item.name}`);
          // Private and protected members are implementation, not API.
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (m) => !isInternal(m) && m.privacy !== 'private' && m.privacy !== 'protected',
            );
          }
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !isInternal(a));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.model.ts', 'src/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropInternalState()],
};
