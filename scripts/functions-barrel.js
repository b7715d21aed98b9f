// The task pane shares functions.js's modules (webpack `dependOn`). webpack cannot concatenate a module into
// functions.js's one scope when code in another chunk imports it: it wraps the module in a function of its own and
// every use of its exports, in functions.js too, becomes a property read. Stop 41 measured that at ~3.5 KB of
// functions.js's 60 KB budget (34 modules wrapped).
//
// This plugin sends every import of a module that src/functions/shared.ts lists (`export * from`), made from a
// module it does not list, to shared.ts instead: shared.ts is then the only module other chunks (and functions.ts)
// reach, and the listed modules are concatenated behind it. Sources keep importing the modules themselves.
//
// In a production build it also fails, naming the module, when a model module in functions.js
// is left wrapped (a new module the pane imports too, not listed in shared.ts).
'use strict';

const path = require('node:path');
const fs = require('node:fs');

const PLUGIN = 'FunctionsBarrelPlugin';

/** The files shared.ts star-exports, absolute. */
function listedModules(barrel) {
  const dir = path.dirname(barrel);
  const out = new Set();
  for (const m of fs.readFileSync(barrel, 'utf8').matchAll(/^export \* from '([^']+)';/gm)) {
    const file = path.resolve(dir, m[1]);
    out.add(fs.existsSync(`${file}.ts`) ? `${file}.ts` : file);
  }
  return out;
}

class FunctionsBarrelPlugin {
  /** @param {{ barrel: string, chunk: string, check: boolean }} options */
  constructor({ barrel, chunk, check }) {
    this.barrel = barrel;
    this.chunk = chunk;
    this.check = check;
  }

  apply(compiler) {
    const { barrel } = this;
    let listed = new Set();
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation, { normalModuleFactory }) => {
      listed = listedModules(barrel);
      normalModuleFactory.hooks.afterResolve.tap(PLUGIN, (data) => {
        const created = data.createData;
        const issuer = data.contextInfo.issuer;
        if (!issuer || !created.resource || !listed.has(created.resource)) return;
        if (issuer === barrel || listed.has(issuer)) return;
        created.request = created.request.replace(created.resource, barrel);
        created.userRequest = barrel;
        created.resource = barrel;
        created.context = path.dirname(barrel);
        if (created.resourceResolveData) created.resourceResolveData = { ...created.resourceResolveData, path: barrel };
      });
      if (!this.check) return;
      compilation.hooks.afterOptimizeChunkModules.tap(PLUGIN, (chunks) => {
        const chunk = [...chunks].find((c) => c.name === this.chunk);
        if (!chunk) return;
        const model = path.join(path.dirname(barrel), '..', 'model') + path.sep;
        const { chunkGraph } = compilation;
        for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
          if (module.modules || !module.resource || !module.resource.startsWith(model)) continue; // concatenated
          const name = path.relative(compiler.context, module.resource);
          compilation.errors.push(
            new compiler.webpack.WebpackError(
              `${name} is wrapped in ${this.chunk}.js, not concatenated, which costs its budget. ` +
                `If another chunk imports it, list it in ${path.relative(compiler.context, barrel)} ` +
                '(webpack --stats-optimization-bailout says why it is not concatenated).'
            )
          );
        }
      });
    });
  }
}

module.exports = { FunctionsBarrelPlugin, listedModules };
