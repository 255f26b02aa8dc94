const topojson = require('./tc/package/dist/topojson-client.js');
const topo = require('./wa/package/countries-50m.json');
const fc = topojson.feature(topo, topo.objects.countries);
const box = {w: 15, e: 70, s: 15, n: 52};
function bbox(geom) {
  let w=180,e=-180,s=90,n=-90;
  const walk = c => { if (typeof c[0] === 'number') { w=Math.min(w,c[0]); e=Math.max(e,c[0]); s=Math.min(s,c[1]); n=Math.max(n,c[1]); } else c.forEach(walk); };
  walk(geom.coordinates); return {w,e,s,n};
}
const r = c => typeof c[0] === 'number' ? [Math.round(c[0]*1e4)/1e4, Math.round(c[1]*1e4)/1e4] : c.map(r);
// drop consecutive duplicate points after rounding
const dedupe = c => { if (c.length === 0) return c; if (typeof c[0][0] === "number") { const o=[]; c.forEach(p => { const l=o[o.length-1]; if(!l||l[0]!==p[0]||l[1]!==p[1]) o.push(p);}); return o; } return c.map(dedupe); };
const keep = fc.features.filter(f => f.geometry && (b => b.w < box.e && b.e > box.w && b.s < box.n && b.n > box.s)(bbox(f.geometry)));
// clip polygons is overkill; keep whole countries but drop big far-away ones partly overlapping (e.g. Russia) by removing their rings outside the box
function ringIn(ring){ const b=bbox({coordinates:ring}); return b.w < box.e+5 && b.e > box.w-5 && b.s < box.n+5 && b.n > box.s-5; }
const out = keep.map(f => {
  let g = f.geometry;
  if (g.type === 'MultiPolygon') { g = {type:'MultiPolygon', coordinates: g.coordinates.filter(p => ringIn(p[0]))}; }
  return {type:'Feature', properties:{name: f.properties.name, id: f.id}, geometry:{type:g.type, coordinates: dedupe(r(g.coordinates))}};
}).filter(f => f.geometry.coordinates.length);
console.log(out.map(f=>f.properties.name).join(', '));
require('fs').writeFileSync('countries.geojson', JSON.stringify({type:'FeatureCollection', features: out}));
