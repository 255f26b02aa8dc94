const fs = require('fs');
const fc = JSON.parse(fs.readFileSync('countries.geojson'));
const B = {w: 15, e: 70, s: 15, n: 52};
function clipRing(ring) {
  const edges = [
    [p => p[0] >= B.w, (a,b) => inter(a,b,0,B.w)], [p => p[0] <= B.e, (a,b) => inter(a,b,0,B.e)],
    [p => p[1] >= B.s, (a,b) => inter(a,b,1,B.s)], [p => p[1] <= B.n, (a,b) => inter(a,b,1,B.n)]];
  let out = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const inp = out; out = [];
    for (let i = 0; i < inp.length; i++) {
      const cur = inp[i], prev = inp[(i + inp.length - 1) % inp.length];
      if (inside(cur)) { if (!inside(prev)) out.push(cut(prev, cur)); out.push(cur); }
      else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (!out.length) return null;
  }
  out = out.map(p => [Math.round(p[0]*1e4)/1e4, Math.round(p[1]*1e4)/1e4]);
  out.push(out[0]);
  return out.length >= 4 ? out : null;
}
function inter(a, b, axis, v) { const t = (v - a[axis]) / (b[axis] - a[axis]); return [a[0] + t*(b[0]-a[0]), a[1] + t*(b[1]-a[1])]; }
const polys = g => g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const features = fc.features.map(f => {
  const ps = polys(f.geometry).map(p => { const outer = clipRing(p[0]); if (!outer) return null; return [outer, ...p.slice(1).map(clipRing).filter(Boolean)]; }).filter(Boolean);
  if (!ps.length) return null;
  return {type: 'Feature', properties: f.properties, geometry: ps.length === 1 ? {type:'Polygon', coordinates: ps[0]} : {type:'MultiPolygon', coordinates: ps}};
}).filter(Boolean);
fs.writeFileSync('countries-clipped.geojson', JSON.stringify({type: 'FeatureCollection', features}));
console.log(features.length, features.map(f=>f.properties.name+':'+JSON.stringify(f.geometry.coordinates).length).join(' '));
