/*
 * Marsad incident map: Leaflet over an offline basemap (GeoJSON shipped in /basemap/), markers
 * from /map/incidents.json coloured by grade and sized by fatalities. Every piece of data goes
 * into the page through textContent, never as HTML.
 */
(function () {
  'use strict';

  var mapEl = document.getElementById('map');
  var statusEl = document.getElementById('map-status');
  if (!mapEl || !window.L) {
    return;
  }
  var css = getComputedStyle(document.documentElement);
  var SYRIA_IRAQ = [[29.0, 35.5], [37.4, 48.6]];

  function gradeColour(grade) {
    var value = css.getPropertyValue('--grade-' + String(grade).toLowerCase()).trim();
    return value || '#6b7280';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function setStatus(text) {
    if (statusEl) {
      statusEl.textContent = text;
    }
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json, application/geo+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(url + ': HTTP ' + response.status);
        }
        return response.json();
      });
  }

  var map = L.map(mapEl, {
    zoomSnap: 0.5,
    minZoom: 4,
    maxZoom: 13,
    maxBounds: [[14, 14], [53, 71]],
    maxBoundsViscosity: 0.8
  });
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution('Borders: Natural Earth · Rivers: Marsad (approximate)');
  L.control.scale({ imperial: false }).addTo(map);
  map.fitBounds(SYRIA_IRAQ, { animate: false });

  /* towns, villages and the capitals' Arabic names are labelled only when zoomed in far enough to tell them apart */
  function showTownsByZoom() {
    mapEl.classList.toggle('show-towns', map.getZoom() >= 8);
    mapEl.classList.toggle('show-villages', map.getZoom() >= 10.5);
    mapEl.classList.toggle('show-arabic-labels', map.getZoom() >= 7);
  }
  map.on('zoomend', showTownsByZoom);
  showTownsByZoom();

  map.createPane('basemap-land').style.zIndex = 200;
  map.createPane('basemap-rivers').style.zIndex = 250;
  map.createPane('basemap-places').style.zIndex = 350;

  function drawCountries(geojson) {
    L.geoJSON(geojson, {
      pane: 'basemap-land',
      interactive: false,
      style: function (feature) {
        var focus = feature.properties && (feature.properties.name === 'Syria' || feature.properties.name === 'Iraq');
        return {
          className: 'basemap-country',
          color: '#8a7f6e',
          weight: focus ? 1.6 : 1,
          fillColor: focus ? '#f7f1e3' : '#ece6d8',
          fillOpacity: 1
        };
      }
    }).addTo(map);
  }

  function drawRivers(geojson) {
    L.geoJSON(geojson, {
      pane: 'basemap-rivers',
      interactive: false,
      style: function (feature) {
        var main = feature.properties && feature.properties.rank === 1;
        return { className: 'basemap-river', color: '#4a90c8', weight: main ? 3 : 2, opacity: 0.9 };
      }
    }).addTo(map);
  }

  function placeLabel(props) {
    var label = el('span', null, props.name);
    if (props.nameAr) {
      label.appendChild(document.createTextNode(' '));
      var ar = el('span', 'ar', props.nameAr);
      ar.setAttribute('lang', 'ar');
      label.appendChild(ar);
    }
    return label;
  }

  /* capitals always; towns from zoom 8; villages of the Hajin pocket from zoom 10.5 */
  function drawPlaces(geojson) {
    L.geoJSON(geojson, {
      pane: 'basemap-places',
      interactive: false,
      pointToLayer: function (feature, latlng) {
        var kind = feature.properties.kind === 'town' || feature.properties.kind === 'village'
          ? feature.properties.kind : 'capital';
        return L.circleMarker(latlng, {
          pane: 'basemap-places', radius: kind === 'capital' ? 3 : 2, color: '#374151',
          weight: kind === 'capital' ? 1.5 : 1, fillColor: '#ffffff', fillOpacity: 1, interactive: false,
          className: 'basemap-place basemap-' + kind
        }).bindTooltip(placeLabel(feature.properties), {
          permanent: true, direction: 'right', offset: [5, 0], interactive: false, pane: 'basemap-places',
          className: 'place-label ' + kind + '-label'
        });
      }
    }).addTo(map);
  }

  function radius(fatalities) {
    if (fatalities === null || fatalities === undefined) {
      return 6;
    }
    return Math.min(28, 6 + 3 * Math.sqrt(fatalities));
  }

  function popup(props, base) {
    var box = el('div', 'incident-popup');
    var title = el('p', 'popup-title', (props.subEventType || props.eventType || 'Incident') + ' — ' + (props.place || '?'));
    box.appendChild(title);
    if (props.placeAr) {
      var ar = el('p', 'ar', props.placeAr);
      ar.setAttribute('lang', 'ar');
      ar.setAttribute('dir', 'rtl');
      box.appendChild(ar);
    }
    box.appendChild(el('p', 'muted', (props.date || 'undated') + (props.admin1 ? ' · ' + props.admin1 : '')));
    var badge = el('span', 'grade grade-' + String(props.grade).toLowerCase(), props.gradeLabel + ' · ');
    var badgeAr = el('span', null, props.gradeLabelAr);
    badgeAr.setAttribute('lang', 'ar');
    badge.appendChild(badgeAr);
    box.appendChild(badge);
    box.appendChild(el('p', null, 'Fatalities (best): ' + (props.fatalities === null ? '—' : props.fatalities)));
    box.appendChild(el('p', 'muted', props.reports + ' report(s), ' + props.independentSources + ' independent'));
    var link = el('a', null, 'Open incident · فتح الحادثة');
    link.href = base + encodeURIComponent(props.id);
    box.appendChild(link);
    return box;
  }

  function drawIncidents(collection) {
    var base = mapEl.getAttribute('data-incident-base');
    var layer = L.featureGroup();
    /* the largest circles first, so that smaller ones stay on top and clickable */
    var ordered = collection.features.slice().sort(function (a, b) {
      return radius(b.properties.fatalities) - radius(a.properties.fatalities);
    });
    ordered.forEach(function (feature) {
      var props = feature.properties;
      var coords = feature.geometry.coordinates;
      var noFigure = props.fatalities === null || props.fatalities === undefined;
      L.circleMarker([coords[1], coords[0]], {
        radius: radius(props.fatalities),
        color: '#1f2937',
        weight: 1.5,
        dashArray: noFigure ? '3 3' : null,
        fillColor: gradeColour(props.grade),
        fillOpacity: noFigure ? 0.35 : 0.8,
        className: 'incident-marker grade-marker-' + String(props.grade).toLowerCase()
      }).bindPopup(popup(props, base)).bindTooltip(props.place || props.id, { direction: 'top' }).addTo(layer);
    });
    layer.addTo(map);
    var shown = collection.features.length;
    var status = shown + (shown === 1 ? ' incident' : ' incidents') + ' on the map · حوادث على الخريطة';
    if (collection.unmapped) {
      status += ' (' + collection.unmapped + ' without coordinates)';
    }
    setStatus(status);
    if (shown > 0) {
      map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 9, animate: false });
    }
    mapEl.setAttribute('data-loaded', String(shown));
  }

  Promise.all([
    getJson(mapEl.getAttribute('data-countries')).then(drawCountries),
    getJson(mapEl.getAttribute('data-rivers')).then(drawRivers),
    getJson(mapEl.getAttribute('data-places')).then(drawPlaces)
  ]).then(function () {
    mapEl.setAttribute('data-basemap', 'ready');
  }).catch(function (error) {
    setStatus('The basemap could not be loaded: ' + error.message);
  });

  var incidentsUrl = mapEl.getAttribute('data-incidents');
  if (!incidentsUrl) {
    setStatus('No incidents shown: correct the filters · صحّح المرشحات');
    return;
  }
  getJson(incidentsUrl).then(drawIncidents).catch(function (error) {
    setStatus('The incidents could not be loaded: ' + error.message);
    mapEl.setAttribute('data-loaded', 'error');
  });
}());
