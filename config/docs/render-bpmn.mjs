// Renders each bpmn/*.bpmn to docs/images/<name>.svg with bpmn-js in headless Chromium, so that
// docs/bpmn.md shows the models as drawn. Usage (from the repository root):
//   npm install --prefix ~/.cache/ami-engine/render bpmn-js@17 playwright-core@1.64.1
//   NODE_PATH=~/.cache/ami-engine/render/node_modules node config/docs/render-bpmn.mjs
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// ES modules ignore NODE_PATH: resolve the two packages from it explicitly.
const require = createRequire(join(process.env.NODE_PATH, 'noop.js'));
const { chromium } = require('playwright-core');
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
await page.setContent('<div id="canvas" style="width:1800px;height:900px"></div>');
await page.addScriptTag({ content: viewer });
mkdirSync('docs/images', { recursive: true });
for (const file of readdirSync('bpmn').filter((f) => f.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(join('bpmn', file), 'utf8');
  const svg = await page.evaluate(async (diagram) => {
    document.getElementById('canvas').innerHTML = '';
    const bpmn = new BpmnJS({ container: '#canvas' });
    const { warnings } = await bpmn.importXML(diagram);
    if (warnings.length) throw new Error(warnings.map((w) => w.message).join('\n'));
    return (await bpmn.saveSVG()).svg;
  }, xml);
  const target = join('docs/images', file.replace('.bpmn', '.svg'));
  writeFileSync(target, svg);
  console.log(`${file} -> ${target}`);
}
await browser.close();
