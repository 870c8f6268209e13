/**
 * Zoom and pan for an SVG drawn in a W×H viewBox, without a library: the
 * wheel (or + and -) zooms about the pointer, dragging pans, a double click
 * (or 0) goes back to the whole view. Marks keep their size on screen: circle
 * radii and label sizes are divided by the zoom, strokes do not scale.
 *
 * @example
 *   const zoom = zoomable(svg, 900, 560);
 *   zoom.reset(); // after redrawing
 */
const MAX_ZOOM = 40;

export function zoomable(svg, W, H) {
  let box = { x: 0, y: 0, w: W, h: H };
  let drag = null;
  let moved = false;

  const apply = () => {
    svg.setAttribute('viewBox', `${box.x.toFixed(2)} ${box.y.toFixed(2)} ${box.w.toFixed(2)} ${box.h.toFixed(2)}`);
    const k = W / box.w;
    svg.dataset.zoom = k.toFixed(2);
    for (const c of svg.querySelectorAll('circle')) {
      c.dataset.r ??= c.getAttribute('r');
      c.setAttribute('r', (Number(c.dataset.r) / Math.sqrt(k)).toFixed(2));
    }
    svg.style.setProperty('--zoom', String(k));
  };
  /** The viewBox point under a client position. */
  const at = (clientX, clientY) => {
    const r = svg.getBoundingClientRect();
    return { x: box.x + ((clientX - r.left) / r.width) * box.w, y: box.y + ((clientY - r.top) / r.height) * box.h };
  };
  const clamp = () => {
    box.w = Math.min(W, Math.max(W / MAX_ZOOM, box.w));
    box.h = (box.w * H) / W;
    box.x = Math.min(W - box.w, Math.max(0, box.x));
    box.y = Math.min(H - box.h, Math.max(0, box.y));
  };
  const zoomBy = (factor, p = { x: box.x + box.w / 2, y: box.y + box.h / 2 }) => {
    const w = box.w / factor;
    const h = (w * H) / W;
    box = { x: p.x - ((p.x - box.x) * w) / box.w, y: p.y - ((p.y - box.y) * h) / box.h, w, h };
    clamp();
    apply();
  };
  const reset = () => { box = { x: 0, y: 0, w: W, h: H }; apply(); };

  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    zoomBy(ev.deltaY < 0 ? 1.25 : 0.8, at(ev.clientX, ev.clientY));
  }, { passive: false });
  // The page listens for the pointer only while a drag lasts, so a map drawn again leaves no listener behind.
  const move = (ev) => {
    const r = svg.getBoundingClientRect();
    const dx = ev.clientX - drag.x;
    const dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
    if (!moved) return;
    box = { ...drag.box, x: drag.box.x - (dx / r.width) * box.w, y: drag.box.y - (dy / r.height) * box.h };
    clamp();
    apply();
  };
  const end = () => {
    drag = null;
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', end);
  };
  svg.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, box: { ...box } };
    moved = false;
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
  });
  // A drag that ends on a circle must not also open it.
  svg.addEventListener('click', (ev) => { if (moved) { ev.stopPropagation(); moved = false; } }, true);
  svg.addEventListener('dblclick', reset);
  svg.addEventListener('keydown', (ev) => {
    if (ev.key === '+' || ev.key === '=') zoomBy(1.25);
    else if (ev.key === '-') zoomBy(0.8);
    else if (ev.key === '0') reset();
  });
  return { reset };
}
