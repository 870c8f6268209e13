const { readInputs } = await import('../dist/readers/index.js');
const { toDoc, analyseBatch } = await import('../dist/pipeline/index.js');
const { findTriggers } = await import('../dist/pipeline/4-events/01-triggers.js');
const { assignArguments } = await import('../dist/pipeline/4-events/02-arguments.js');
const { assignCasualties } = await import('../dist/pipeline/4-events/03-casualties.js');
const { assignCertainty } = await import('../dist/pipeline/4-events/04-certainty.js');
const { mergeDrafts } = await import('../dist/pipeline/4-events/05-merge.js');
const { assignDates } = await import('../dist/pipeline/4-events/06-dates.js');
const { MentionIndex } = await import('../dist/pipeline/4-events/mentions.js');
const { findEvents } = await import('../dist/pipeline/4-events/index.js');
const docs = [];
for await (const item of readInputs(['/work/shared/corpus/fa-kes/fakes.csv'], { format: 'auto', maxDocBytes: 1e7 }).items) if (item.kind === 'doc') docs.push(toDoc(item.doc));
const an = analyseBatch(docs).map((a, i) => [docs[i], a.found]);
const B = 64;
function perDoc() { for (const [d, f] of an) findEvents(d, f.segmentation, f.entities, f.claims); }
function stepMajor() {
  for (let i = 0; i < an.length; i += B) {
    const b = an.slice(i, i + B);
    let ds = b.map(([d, f]) => findTriggers(d.text, f.segmentation));
    ds = b.map(([d, f], k) => assignArguments(d.text, ds[k], new MentionIndex(f.entities), new Map(f.entities.entities.map((e) => [e.id, e])), f.claims, f.segmentation.paragraphs));
    ds = b.map(([d], k) => assignCasualties(d.text, ds[k]));
    ds = b.map(([d, f], k) => assignCertainty(d.text, ds[k], f.claims));
    ds = b.map(([d, f], k) => mergeDrafts(d.text, ds[k], f.segmentation.paragraphs, new Map(f.entities.entities.map((e) => [e.id, e]))));
    ds = b.map(([d], k) => assignDates(d.text, ds[k], d.published));
  }
}
const res = { perDoc: [], stepMajor: [] };
for (let p = 0; p < 6; p++) for (const [k, f] of [['perDoc', perDoc], ['stepMajor', stepMajor]]) { const t0 = performance.now(); f(); if (p) res[k].push(performance.now() - t0); }
for (const k in res) console.log(k, res[k].map((x) => x.toFixed(0)).join(' '));
