#!/usr/bin/env node
// Validates the add-in manifest(s) offline against the Office XML manifest schemas (XSD) with libxml2-wasm.
//
//   node scripts/validate-manifest.js                 manifest.xml, and dist/manifest.xml when it exists
//   node scripts/validate-manifest.js FILE [FILE...]  these files
//
// The schemas are read from ../shared/schemas/office-manifest/ beside the repository (env JX_SCHEMA_DIR overrides).
// Prints one line per problem as `file:line:col: message` and exits 1 when any file is invalid.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

function schemaDir() {
  return process.env.JX_SCHEMA_DIR
    ? path.resolve(process.env.JX_SCHEMA_DIR)
    : path.resolve(repoRoot, '..', 'shared', 'schemas', 'office-manifest');
}

/** Plain-language additions to the most common libxml2 schema messages. */
function explain(message) {
  // `{http://schemas.microsoft.com/office/appforoffice/1.1}Version` -> `Version`
  const m = message.trim().replace(/\{[^}]*\}/g, '');
  if (/This element is not expected\. Expected is/.test(m)) {
    return `${m} (elements of the manifest must appear in the order the schema fixes; move the element)`;
  }
  if (/is not a valid value of the atomic type|is not accepted by the pattern/.test(m)) {
    return `${m} (the value does not have the format the schema requires)`;
  }
  return m;
}

function displayName(file) {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * What the schema cannot see: every resid must name a resource declared under <Resources>.
 * @param {string} text the manifest's text
 * @returns {{ line: number, col: number, message: string }[]}
 */
function checkResourceIds(text) {
  const declared = new Set();
  for (const m of text.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)) declared.add(m[1]);
  const problems = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/\bresid="([^"]*)"/g)) {
      if (!declared.has(m[1])) {
        problems.push({ line: i + 1, col: m.index + 1, message: `resid "${m[1]}" names no resource in <Resources>` });
      }
    }
  });
  return problems;
}

/**
 * The shared runtime's rule the schema cannot see: "In the ancestor <Host> element that has a descendant <Runtime>
 * element that is set to a long lifetime, none of the descendant <Action> elements should have a <TaskpaneID> child
 * element" (Office Add-ins docs, "Configure your Office Add-in to use a shared runtime").
 * @param {string} text the manifest's text
 * @returns {{ line: number, col: number, message: string }[]}
 */
function checkSharedRuntimeActions(text) {
  const problems = [];
  const lineAt = (i) => text.slice(0, i).split('\n').length;
  for (const host of text.matchAll(/<Host\s+xsi:type="[^"]*"[^>]*>([\s\S]*?)<\/Host>/g)) {
    if (!/<Runtime\b[^>]*\blifetime="long"/.test(host[1])) continue;
    for (const action of host[1].matchAll(/<Action\b[\s\S]*?<\/Action>/g)) {
      const id = /<TaskpaneI[dD]>/.exec(action[0]);
      if (!id) continue;
      const at = host.index + host[0].indexOf(host[1]) + action.index + id.index;
      problems.push({
        line: lineAt(at),
        col: 1,
        message:
          'an <Action> under a <Host> with a long-lifetime <Runtime> must not have a <TaskpaneId> (a shared runtime has one task pane)',
      });
    }
  }
  return problems;
}

/**
 * Validates the files; returns a list of problems { file, line, col, message } (empty when all are valid).
 * @param {string[]} files
 * @param {string} dir folder of the XSD files
 */
async function validateFiles(files, dir) {
  const { XmlDocument, XsdValidator, XmlValidateError, XmlParseError, xmlRegisterInputProvider } =
    await import('libxml2-wasm');
  const { fsInputProviders } = await import('libxml2-wasm/lib/nodejs.mjs');
  // xs:import uses sibling-relative schemaLocation values: let libxml2 open them from the disk.
  xmlRegisterInputProvider(fsInputProviders);

  const rootXsd = path.join(dir, ROOT_SCHEMA);
  if (!fs.existsSync(rootXsd)) {
    return [
      {
        file: rootXsd,
        line: 0,
        col: 0,
        message: `schema not found (set JX_SCHEMA_DIR to the folder of ${ROOT_SCHEMA})`,
      },
    ];
  }
  const problems = [];
  const schemaDoc = XmlDocument.fromBuffer(fs.readFileSync(rootXsd), { url: rootXsd });
  const validator = XsdValidator.fromDoc(schemaDoc);
  try {
    for (const file of files) {
      const rel = displayName(file);
      if (!fs.existsSync(file)) {
        problems.push({ file: rel, line: 0, col: 0, message: 'file not found' });
        continue;
      }
      let doc;
      try {
        doc = XmlDocument.fromBuffer(fs.readFileSync(file), { url: file });
      } catch (err) {
        const details =
          err instanceof XmlParseError && err.details.length
            ? err.details
            : [{ message: String(err.message), line: 0, col: 0 }];
        for (const d of details)
          problems.push({ file: rel, line: d.line, col: d.col, message: `not well-formed XML: ${d.message.trim()}` });
        continue;
      }
      const text = fs.readFileSync(file, 'utf8');
      for (const p of checkResourceIds(text)) problems.push({ file: rel, ...p });
      for (const p of checkSharedRuntimeActions(text)) problems.push({ file: rel, ...p });
      try {
        validator.validate(doc);
      } catch (err) {
        if (!(err instanceof XmlValidateError)) throw err;
        for (const d of err.details)
          problems.push({ file: rel, line: d.line, col: d.col, message: explain(d.message) });
      } finally {
        doc.dispose();
      }
    }
  } finally {
    validator.dispose();
    schemaDoc.dispose();
  }
  return problems;
}

async function main(argv) {
  let files = argv.map((f) => path.resolve(f));
  if (files.length === 0) {
    files = [path.join(repoRoot, 'manifest.xml')];
    const dist = path.join(repoRoot, 'dist', 'manifest.xml');
    if (fs.existsSync(dist)) files.push(dist);
  }
  const problems = await validateFiles(files, schemaDir());
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.col}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`\nManifest validation failed: ${problems.length} problem(s).`);
    return 1;
  }
  for (const f of files) console.log(`${displayName(f)}: valid (schemas: ${schemaDir()})`);
  return 0;
}

module.exports = { validateFiles, checkResourceIds, checkSharedRuntimeActions, schemaDir };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err && err.stack ? err.stack : String(err));
      process.exit(2);
    }
  );
}
