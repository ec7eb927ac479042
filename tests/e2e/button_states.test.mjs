// Every button style and link keeps its text readable in every state: the computed text and
// background colours of each, at rest, hovered, focused and pressed, have a contrast of at
// least 4.5:1. A link rule such as `a:hover` that gives a link-button's text the colour of its
// background fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForApp } from './support.mjs';

const app = useApp();

const STATES = [
  { name: 'at rest', forced: [] },
  { name: 'hovered', forced: ['hover'] },
  { name: 'focused', forced: ['focus', 'focus-visible'] },
  { name: 'pressed', forced: ['active'] },
  { name: 'hovered and pressed', forced: ['hover', 'active'] },
  { name: 'focused and hovered', forced: ['focus', 'focus-visible', 'hover'] },
];

// One of each button style, as a link and as a button, and the app's own links.
const PROBES = `
  <div class="card" data-probes>
    ${['', 'button--primary', 'button--danger', 'button--quiet'].map((style) => `
      <a class="button ${style}" href="#probe" data-probe="a.button ${style}">Tekst</a>
      <button class="button ${style}" type="button" data-probe="button.button ${style}">Tekst</button>`).join('')}
    <button class="button" type="button" disabled data-probe="button.button disabled">Tekst</button>
    <a href="#probe" data-probe="a">Een gewone link</a>
  </div>`;

/** The text colour, and the background behind the text (the element's own and its ancestors',
 *  composed where they are translucent), of every `[data-probe]` element. */
function readColours() {
  const parse = (css) => {
    const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number);
    return { r, g, b, a: css.startsWith('rgba') || css.includes('/') ? a : 1 };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const background = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a === 1) break;
    }
    return layers.reduceRight((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
  };
  return [...document.querySelectorAll('[data-probe]')].map((element) => {
    const back = background(element);
    return { probe: element.dataset.probe, text: over(parse(getComputedStyle(element).color), back), back };
  });
}

const luminance = ({ r, g, b }) => {
  const channel = (v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** Forces `forced` on every probe (and on the header's links) through the DevTools protocol,
 *  as a pointer or keyboard would, and reads the colours. */
async function coloursIn(page, cdp, forced) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-probe]' });
  for (const nodeId of nodeIds) await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: forced });
  return page.evaluate(readColours);
}

test('every button style and link keeps a contrast of 4.5:1 at rest, hovered, focused and pressed', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url('/'));
  await waitForApp(page);
  assert.equal(await page.evaluate(() => matchMedia('(hover: hover)').matches), true, 'this browser hovers, so the hover rules apply');
  await page.evaluate((html) => {
    document.querySelector('main').insertAdjacentHTML('afterbegin', html);
    // The header's own links, on their dark background.
    document.querySelector('.brand').dataset.probe = 'header brand';
    document.querySelectorAll('.site-nav a').forEach((link, i) => { link.dataset.probe = `header navigation ${i}`; });
  }, PROBES);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const failures = [];
  let probed = 0;
  for (const { name, forced } of STATES) {
    for (const { probe, text, back } of await coloursIn(page, cdp, forced)) {
      probed += 1;
      const ratio = contrast(text, back);
      if (ratio < 4.5) failures.push(`${probe}, ${name}: ${ratio.toFixed(2)}:1`);
    }
  }
  assert.ok(probed >= STATES.length * 10, `probed ${probed} element states`);
  assert.deepEqual(failures, [], 'text readable against its background');
  await cdp.detach();
  await page.close();
});

test('on a touch screen a tapped button keeps the look of a button at rest', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url('/'));
  await waitForApp(page);
  const cdp = await page.context().newCDPSession(page);
  // What a tablet reports: no hover, a coarse pointer. The hover state a tap leaves behind
  // must change nothing.
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  assert.equal(await page.evaluate(() => matchMedia('(hover: hover)').matches), false);
  await page.evaluate((html) => document.querySelector('main').insertAdjacentHTML('afterbegin', html), PROBES);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const atRest = await coloursIn(page, cdp, []);
  const tapped = await coloursIn(page, cdp, ['hover']);
  assert.deepEqual(tapped, atRest);
  await cdp.detach();
  await page.close();
});
