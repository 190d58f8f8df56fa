/*
 * reformkg graph page: the meeting–document–body–region–program–person graph, loaded by SPARQL
 * from the server this page comes from, drawn with cytoscape.js. Plain JS, no framework.
 *
 * Server (same origin, relative to /graph/): POST ../reform/sparql (form field query),
 * GET ../reform/canned (canned query list), GET ../reform/canned/NAME?...&format=json,
 * GET ../reform/export?format=F.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- vocabulary and endpoints
  const RK = 'https://w3id.org/reformkg/ontology#';
  const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
  const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
  const SKOS = 'http://www.w3.org/2004/02/skos/core#';
  const DCT = 'http://purl.org/dc/terms/';
  const ORG = 'http://www.w3.org/ns/org#';
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const ENTITY_NS = 'https://w3id.org/reformkg/id/';

  const PREFIXES = [
    'PREFIX rk: <' + RK + '>',
    'PREFIX rdf: <' + RDF + '>',
    'PREFIX rdfs: <' + RDFS + '>',
    'PREFIX skos: <' + SKOS + '>',
    'PREFIX dcterms: <' + DCT + '>',
    'PREFIX org: <' + ORG + '>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
    'PREFIX oa: <http://www.w3.org/ns/oa#>',
    'PREFIX text: <http://jena.apache.org/text#>',
    ''
  ].join('\n');

  // The node types of the graph, most specific first: an entity with two of them gets the first.
  const TYPES = [
    { key: 'Meeting', iri: RK + 'Meeting', en: 'Meeting', zh: '会议', color: '#c0392b', shape: 'ellipse', dated: true },
    { key: 'Document', iri: RK + 'Document', en: 'Document', zh: '文件', color: '#2471a3', shape: 'round-rectangle', dated: true },
    { key: 'Body', iri: RK + 'ConveningBody', en: 'Convening body', zh: '召开机构', color: '#7d3c98', shape: 'hexagon' },
    { key: 'Organization', iri: ORG + 'Organization', en: 'Organisation', zh: '机构', color: '#148f77', shape: 'diamond' },
    { key: 'Region', iri: RK + 'Region', en: 'Region', zh: '地区', color: '#27ae60', shape: 'triangle' },
    { key: 'Program', iri: RK + 'Program', en: 'Program', zh: '改革举措', color: '#d68910', shape: 'star' },
    { key: 'Person', iri: RK + 'Person', en: 'Person', zh: '人物', color: '#8e5b3a', shape: 'pentagon' }
  ];
  const OTHER_TYPE = { key: 'Other', iri: '', en: 'Other', zh: '其他', color: '#95a5a6', shape: 'ellipse' };
  const TYPE_BY_IRI = new Map(TYPES.map(t => [t.iri, t]));
  const TYPE_BY_KEY = new Map(TYPES.concat([OTHER_TYPE]).map(t => [t.key, t]));
  const TYPE_VALUES = 'VALUES ?type { ' + TYPES.map(t => '<' + t.iri + '>').join(' ') + ' }';

  // Property names shown to the analyst: Chinese where the ontology has it, English otherwise.
  const PREDICATES = {
    [RK + 'approved']: ['审议通过', 'approved'],
    [RK + 'reviewed']: ['审议', 'reviewed'],
    [RK + 'chairedBy']: ['主持', 'chaired by'],
    [RK + 'ofBody']: ['召开机构', 'of body'],
    [RK + 'issuedBy']: ['印发', 'issued by'],
    [RK + 'kind']: ['文种', 'kind'],
    [RK + 'locatedIn']: ['位于', 'located in'],
    [RK + 'pilotedIn']: ['试点', 'piloted in'],
    [RK + 'place']: ['地点', 'place'],
    [RK + 'attended']: ['出席', 'attended'],
    [RK + 'postIn']: ['任职', 'post in'],
    [RK + 'organizationKind']: ['机构类别', 'organization kind'],
    [RK + 'date']: ['日期', 'date'],
    [RK + 'dateKey']: ['日期键', 'date key'],
    [RK + 'year']: ['年份', 'year'],
    [RK + 'term']: ['届', 'term'],
    [RK + 'ordinal']: ['第N次', 'ordinal'],
    [RK + 'level']: ['级别', 'level'],
    [RK + 'code']: ['区划代码', 'division code'],
    [RK + 'role']: ['职务', 'role'],
    [RK + 'mentions']: ['提及', 'mentions'],
    [RDFS + 'label']: ['名称', 'label'],
    [SKOS + 'altLabel']: ['别名', 'alias'],
    [SKOS + 'prefLabel']: ['名称', 'preferred label'],
    [DCT + 'title']: ['标题', 'title'],
    [RDF + 'type']: ['类型', 'type']
  };

  const EXPORTS = [
    ['graphml', 'GraphML (yEd, Gephi, Cytoscape, networkx)'],
    ['gexf', 'GEXF (Gephi)'],
    ['gephi-csv', 'Gephi spreadsheet CSV (nodes and edges)'],
    ['cytoscape', 'Cytoscape.js JSON'],
    ['dot', 'Graphviz DOT'],
    ['jsonld', 'JSON-LD'],
    ['trig', 'TriG, one named graph per source']
  ];

  const NODE_LIMIT = 5000;
  const EDGE_LIMIT = 30000;
  const ROW_LIMIT = 2000;

  // The server root: this page lives at ROOT/graph/.
  const ROOT_MATCH = /^(.*)\/graph(\/.*)?$/.exec(location.pathname);
  const ROOT = ROOT_MATCH ? ROOT_MATCH[1] : '';
  const SPARQL_URL = ROOT + '/reform/sparql';
  const CANNED_URL = ROOT + '/reform/canned';
  const EXPORT_URL = ROOT + '/reform/export';

  const FONT = getComputedStyle(document.body).fontFamily || 'sans-serif';

  // ---------------------------------------------------------------- state
  const state = {
    nodes: new Map(),        // iri -> node data of the full graph
    edges: [],               // edge data of the full graph
    labelIndex: new Map(),   // label -> the iris of the nodes with that name
    fullElements: null,      // the full graph's elements while a query result is shown
    mode: 'graph',           // 'graph' or 'result'
    pinned: new Set(),       // nodes kept visible whatever the filters say (search hits, the selection)
    selected: null,
    panelToken: 0,
    canned: [],
    lastResult: null,        // { title, vars, rows }
    textSearch: null         // true/false once the full-text index has been seen to work or not
  };

  const $ = id => document.getElementById(id);
  let cy = null;

  // ---------------------------------------------------------------- small helpers
  function esc(s) {
    return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  /** A SPARQL string literal. */
  function lit(s) {
    return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
  }

  /** A SPARQL IRI reference; refuses what could break out of it. */
  function iriRef(iri) {
    if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(iri)) throw new Error('not an IRI: ' + iri);
    return '<' + iri + '>';
  }

  function shortIri(iri) {
    const known = [[RK, 'rk:'], [RDF, 'rdf:'], [RDFS, 'rdfs:'], [SKOS, 'skos:'], [DCT, 'dcterms:'], [ORG, 'org:'], [XSD, 'xsd:']];
    for (const [ns, p] of known) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
    const m = /([^/#]+[/#][^/#]+)$/.exec(iri);
    return m ? m[1] : iri;
  }

  function predName(iri) {
    const p = PREDICATES[iri];
    return p ? p[0] : shortIri(iri);
  }

  function predHtml(iri) {
    const p = PREDICATES[iri];
    return p ? esc(p[0]) + ' <span class="en">' + esc(p[1]) + '</span>' : esc(shortIri(iri));
  }

  function typeOf(typeIris) {
    for (const t of TYPES) if (typeIris.includes(t.iri)) return t;
    return OTHER_TYPE;
  }

  function swatch(type) {
    return '<span class="swatch" style="background:' + type.color + '"></span>';
  }

  function setStatus(text, error) {
    const s = $('status');
    s.textContent = text || '';
    s.classList.toggle('error', !!error);
  }

  function termValue(t) {
    return t ? t.value : undefined;
  }

  function termKey(t) {
    return t.type === 'uri' ? 'u:' + t.value : 'l:' + t.value + '^' + (t.datatype || '') + '@' + (t['xml:lang'] || '');
  }

  function isNumeric(t) {
    return t && t.type !== 'uri' && t.datatype &&
      /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/.test(t.datatype);
  }

  function download(name, blob) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // ---------------------------------------------------------------- server calls
  async function sparql(query) {
    const res = await fetch(SPARQL_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: PREFIXES + query })
    });
    if (!res.ok) throw new Error('SPARQL ' + res.status + ': ' + firstLine(await res.text()));
    return res.json();
  }

  async function getJson(url) {
    const res = await fetch(url, { headers: { 'Accept': 'application/json, application/sparql-results+json' } });
    if (!res.ok) throw new Error(res.status + ' ' + firstLine(await res.text()));
    return res.json();
  }

  function firstLine(text) {
    const t = String(text || '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return t.length > 300 ? t.slice(0, 300) + '…' : t;
  }

  function rowsOf(json) {
    return (json && json.results && json.results.bindings) || [];
  }

  // ---------------------------------------------------------------- the graph
  async function loadGraph() {
    setStatus('Loading the graph…');
    const nodeQuery = `
SELECT ?s (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) (MIN(?l) AS ?label) (MIN(?y) AS ?year)
WHERE {
  ${TYPE_VALUES}
  ?s a ?type .
  OPTIONAL { ?s rdfs:label ?l }
  OPTIONAL { { ?s rk:year ?y } UNION { ?m rk:approved|rk:reviewed ?s . ?m rk:year ?y } }
}
GROUP BY ?s
LIMIT ${NODE_LIMIT}`;
    const edgeQuery = `
SELECT DISTINCT ?s ?p ?o WHERE {
  ${TYPE_VALUES}
  VALUES ?type2 { ${TYPES.map(t => '<' + t.iri + '>').join(' ')} }
  ?s a ?type .
  ?s ?p ?o .
  ?o a ?type2 .
  FILTER(?p != rdf:type)
}
LIMIT ${EDGE_LIMIT}`;
    const [nodesJson, edgesJson] = await Promise.all([sparql(nodeQuery), sparql(edgeQuery)]);

    const nodes = new Map();
    for (const b of rowsOf(nodesJson)) {
      const iri = b.s.value;
      const type = typeOf((termValue(b.types) || '').split(' '));
      const label = termValue(b.label) || shortIri(iri);
      const year = b.year ? parseInt(b.year.value, 10) : undefined;
      nodes.set(iri, { id: iri, label, type: type.key, color: type.color, shape: type.shape, year: isNaN(year) ? undefined : year, deg: 0 });
    }
    const edges = [];
    const seen = new Set();
    for (const b of rowsOf(edgesJson)) {
      const s = b.s.value, p = b.p.value, o = b.o.value;
      if (!nodes.has(s) || !nodes.has(o) || s === o) continue;
      const id = 'e|' + s + '|' + p + '|' + o;
      if (seen.has(id)) continue;
      seen.add(id);
      edges.push({ id, source: s, target: o, pred: p, label: predName(p) });
      nodes.get(s).deg++;
      nodes.get(o).deg++;
    }
    for (const n of nodes.values()) n.size = Math.min(46, 16 + 5 * Math.sqrt(n.deg));

    state.nodes = nodes;
    state.edges = edges;
    state.labelIndex = new Map();
    for (const n of nodes.values()) {
      if (!state.labelIndex.has(n.label)) state.labelIndex.set(n.label, []);
      state.labelIndex.get(n.label).push(n.id);
    }

    cy.elements().remove();
    cy.add(fullGraphElements());
    buildTypeFilters();
    buildYearFilter();
    applyFilters();
    layout();
    const more = nodes.size >= NODE_LIMIT ? ' (the first ' + NODE_LIMIT + ': search and filter to find the rest)' : '';
    setStatus(nodes.size + ' nodes, ' + edges.length + ' edges' + more + '. Click a node for its facts and evidence.');
  }

  function fullGraphElements() {
    const els = [];
    for (const n of state.nodes.values()) els.push({ group: 'nodes', data: Object.assign({}, n) });
    for (const e of state.edges) els.push({ group: 'edges', data: Object.assign({}, e) });
    return els;
  }

  function layout(eles) {
    const target = (eles || cy.elements()).filter(e => !e.hasClass('hidden'));
    if (target.length === 0) return;
    target.layout({
      name: 'cose', animate: false, randomize: true, padding: 30, fit: true,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 70, edgeElasticity: () => 80,
      nodeOverlap: 12, componentSpacing: 60, numIter: 1500
    }).run();
    // A few nodes would otherwise fill the canvas at a huge zoom.
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center(target);
    }
  }

  function initCy() {
    cy = cytoscape({
      container: $('cy'),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', 'shape': 'data(shape)', 'width': 'data(size)', 'height': 'data(size)',
          'label': 'data(label)', 'font-family': FONT, 'font-size': 10, 'color': '#243040',
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '130px',
          'text-outline-color': '#fbfcfd', 'text-outline-width': 2, 'min-zoomed-font-size': 7,
          'border-width': 1, 'border-color': '#ffffff' } },
        { selector: 'edge', style: {
          'width': 1.2, 'line-color': '#aab4c2', 'target-arrow-color': '#aab4c2', 'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8, 'curve-style': 'bezier', 'label': 'data(label)', 'font-family': FONT, 'font-size': 8,
          'color': '#6b7686', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 9,
          'text-background-color': '#fbfcfd', 'text-background-opacity': 0.8 } },
        { selector: '.hidden', style: { 'display': 'none' } },
        { selector: '.faded', style: { 'opacity': 0.2 } },
        { selector: 'node.hit', style: { 'border-width': 4, 'border-color': '#f1c40f', 'font-size': 12, 'font-weight': 'bold', 'z-index': 9 } },
        { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1f5fbf', 'font-size': 13, 'font-weight': 'bold', 'z-index': 10, 'text-max-width': '220px' } },
        { selector: 'edge.nb', style: { 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf', 'width': 2.2, 'color': '#1f5fbf', 'min-zoomed-font-size': 4 } }
      ]
    });
    cy.on('tap', 'node', ev => showNode(ev.target.id()));
    cy.on('tap', ev => { if (ev.target === cy) clearHighlight(); });
  }

  function clearHighlight() {
    cy.elements().removeClass('faded nb');
  }

  function highlightNeighbourhood(node) {
    cy.elements().removeClass('nb');
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    hood.removeClass('faded');
    node.connectedEdges().addClass('nb');
  }

  // ---------------------------------------------------------------- filters
  function buildTypeFilters() {
    const counts = new Map();
    for (const n of state.nodes.values()) counts.set(n.type, (counts.get(n.type) || 0) + 1);
    const box = $('type-filters');
    box.innerHTML = '';
    const legend = [];
    for (const t of TYPES.concat([OTHER_TYPE])) {
      const c = counts.get(t.key) || 0;
      if (t === OTHER_TYPE && c === 0) continue;
      const label = document.createElement('label');
      label.innerHTML = '<input type="checkbox" value="' + t.key + '" checked> ' + swatch(t) + ' ' + esc(t.en) +
        ' <span class="zh">' + esc(t.zh) + '</span><span class="count">' + c + '</span>';
      box.appendChild(label);
      if (c > 0) legend.push('<span>' + swatch(t) + esc(t.zh) + '</span>');
    }
    box.querySelectorAll('input').forEach(i => i.addEventListener('change', applyFilters));
    $('legend').innerHTML = legend.join('');
  }

  function buildYearFilter() {
    const years = [...state.nodes.values()].map(n => n.year).filter(y => y !== undefined);
    if (years.length === 0) return;
    const min = Math.min(...years), max = Math.max(...years);
    for (const id of ['year-from', 'year-to']) {
      $(id).min = min;
      $(id).max = max;
    }
    $('year-from').placeholder = String(min);
    $('year-to').placeholder = String(max);
  }

  function visibleTypes() {
    return new Set([...$('type-filters').querySelectorAll('input:checked')].map(i => i.value));
  }

  function applyFilters() {
    if (!cy) return;
    const types = visibleTypes();
    const from = parseInt($('year-from').value, 10);
    const to = parseInt($('year-to').value, 10);
    const undated = $('year-undated').checked;
    cy.batch(() => {
      cy.nodes().forEach(n => {
        const d = n.data();
        const type = TYPE_BY_KEY.get(d.type) || OTHER_TYPE;
        // Nodes of a type the full graph lacks (a query result's IRIs) have no box to untick.
        let show = types.has(d.type) || !$('type-filters').querySelector('input[value="' + d.type + '"]');
        if (show && type.dated) {
          if (d.year === undefined) show = undated;
          else show = !(d.year < from) && !(d.year > to);
        }
        if (state.pinned.has(d.id)) show = true;
        n.toggleClass('hidden', !show);
      });
    });
  }

  // ---------------------------------------------------------------- search
  async function search(q) {
    q = q.trim();
    cy.nodes().removeClass('hit');
    state.pinned.clear();
    $('results').innerHTML = '';
    if (!q) {
      $('search-info').textContent = '';
      clearHighlight();
      applyFilters();
      return;
    }
    $('search-info').textContent = 'Searching…';
    let hits = [], how = 'full-text index';
    try {
      hits = await fullTextSearch(q);
    } catch (e) {
      hits = [];
    }
    if (hits.length === 0) {
      how = 'names containing the text';
      try {
        hits = await containsSearch(q);
      } catch (e) {
        $('search-info').textContent = 'Search failed: ' + e.message;
        return;
      }
    }
    // What contains the text as typed comes first, then the index's ranking (or shorter names first).
    const lq = q.toLowerCase();
    hits.forEach((h, i) => { h.rank = i; h.contains = h.label.toLowerCase().includes(lq); });
    hits.sort((a, b) => (b.contains - a.contains) || (a.rank - b.rank));
    showHits(q, hits, how);
  }

  async function fullTextSearch(q) {
    const query = `
SELECT ?s (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) (MIN(?l) AS ?label) (MAX(?score) AS ?best)
WHERE {
  (?s ?score) text:query (rdfs:label ${lit(q)} 200) .
  FILTER(BOUND(?score))
  ${TYPE_VALUES}
  ?s a ?type ; rdfs:label ?l .
}
GROUP BY ?s
ORDER BY DESC(?best)
LIMIT 100`;
    // Without a full-text index jena-text passes rows through with ?score unbound: no hits, then the fallback.
    return rowsOf(await sparql(query)).filter(b => b.s && b.best).map(hitOf);
  }

  async function containsSearch(q) {
    const query = `
SELECT ?s (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) (MIN(?l) AS ?label)
WHERE {
  ${TYPE_VALUES}
  ?s a ?type ; rdfs:label|skos:altLabel|dcterms:title ?name .
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(${lit(q)})))
  OPTIONAL { ?s rdfs:label ?l }
}
GROUP BY ?s
LIMIT 200`;
    const hits = rowsOf(await sparql(query)).filter(b => b.s).map(hitOf);
    hits.sort((a, b) => a.label.length - b.label.length || a.label.localeCompare(b.label, 'zh'));
    return hits;
  }

  function hitOf(b) {
    const iri = b.s.value;
    const type = typeOf((termValue(b.types) || '').split(' '));
    const known = state.nodes.get(iri);
    return { iri, type, label: termValue(b.label) || shortIri(iri), year: known ? known.year : undefined };
  }

  function showHits(q, hits, how) {
    const list = $('results');
    list.innerHTML = '';
    $('search-info').textContent = hits.length === 0
      ? 'Nothing named like “' + q + '”.'
      : hits.length + ' found (' + how + ').';
    for (const h of hits) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.iri = h.iri;
      b.innerHTML = swatch(h.type) + '<span class="name">' + esc(h.label) + '</span>' +
        (h.year !== undefined ? '<span class="year">' + h.year + '</span>' : '');
      b.title = h.type.en + ' · ' + h.iri;
      b.addEventListener('click', () => focusNode(h.iri));
      li.appendChild(b);
      list.appendChild(li);
    }
    const found = cy.collection();
    for (const h of hits) {
      const n = cy.getElementById(h.iri);
      if (n.nonempty()) { found.merge(n); state.pinned.add(h.iri); }
    }
    applyFilters();
    found.addClass('hit');
    if (found.nonempty()) {
      cy.elements().addClass('faded');
      found.closedNeighborhood().removeClass('faded');
      fitTo(found);
    }
    history.replaceState(null, '', '#q=' + encodeURIComponent(q));
  }

  function fitTo(eles) {
    cy.fit(eles, 90);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center(eles);
    }
  }

  /** Selects a node in the graph (showing it if filtered out) and opens its panel. */
  function focusNode(iri) {
    const n = cy.getElementById(iri);
    if (n.nonempty()) {
      state.pinned.add(iri);
      applyFilters();
      fitTo(n.closedNeighborhood().filter(e => !e.hasClass('hidden')));
    }
    showNode(iri);
  }

  // ---------------------------------------------------------------- the panel
  async function showNode(iri) {
    const token = ++state.panelToken;
    state.selected = iri;
    const panel = $('panel');
    panel.dataset.iri = iri;
    panel.dataset.state = 'loading';
    document.querySelectorAll('#results button').forEach(b => b.classList.toggle('current', b.dataset.iri === iri));
    const node = cy.getElementById(iri);
    cy.$(':selected').unselect();
    if (node.nonempty()) {
      node.select();
      highlightNeighbourhood(node);
    }
    const known = state.nodes.get(iri);
    const type = known ? TYPE_BY_KEY.get(known.type) : OTHER_TYPE;
    panel.innerHTML = '<h2>' + esc(known ? known.label : shortIri(iri)) + '</h2><p class="hint">Loading facts…</p>';
    history.replaceState(null, '', '#node=' + encodeURIComponent(iri));

    let facts;
    try {
      facts = await loadFacts(iri);
    } catch (e) {
      if (token !== state.panelToken) return;
      panel.innerHTML = '<h2>' + esc(known ? known.label : shortIri(iri)) + '</h2><p class="hint">Could not load facts: ' + esc(e.message) + '</p>';
      panel.dataset.state = 'error';
      return;
    }
    if (token !== state.panelToken) return;
    renderPanel(iri, known, type, facts);
    panel.dataset.state = 'done';
  }

  async function loadFacts(iri) {
    const x = iriRef(iri);
    const types = TYPES.map(t => '<' + t.iri + '>').join(' ');
    const out = `
SELECT ?p ?o (MIN(?ol) AS ?olabel) (GROUP_CONCAT(DISTINCT STR(?ot); separator=" ") AS ?otypes) WHERE {
  ${x} ?p ?o .
  FILTER(?p != rk:evidence)
  OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { VALUES ?ot { ${types} } ?o a ?ot }
} GROUP BY ?p ?o`;
    const incoming = `
SELECT ?s ?p (MIN(?sl) AS ?slabel) (GROUP_CONCAT(DISTINCT STR(?st); separator=" ") AS ?stypes) WHERE {
  ?s ?p ${x} .
  FILTER(?p NOT IN (rdf:subject, rdf:object, rk:mentions))
  OPTIONAL { ?s rdfs:label ?sl }
  OPTIONAL { VALUES ?st { ${types} } ?s a ?st }
} GROUP BY ?s ?p`;
    const evidence = `
SELECT DISTINCT ?ev ?s ?p ?o ?sentence ?file ?start ?end ?rule ?confidence WHERE {
  { ?ev rdf:subject ${x} } UNION { ?ev rdf:object ${x} }
  ?ev a rk:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?ev rk:rule ?rule }
  OPTIONAL { ?ev rk:confidence ?confidence }
  OPTIONAL {
    ?ev prov:wasDerivedFrom ?sent .
    OPTIONAL { ?sent oa:hasSelector ?quote . ?quote oa:exact ?sentence }
    OPTIONAL { ?sent oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end }
    OPTIONAL { ?sent oa:hasSource ?src . ?src dcterms:identifier ?file }
  }
} ORDER BY ?file ?start ?ev`;
    const sources = `
SELECT DISTINCT ?file WHERE { ?src rk:mentions ${x} ; dcterms:identifier ?file } ORDER BY ?file`;
    const [o, i, e, s] = await Promise.all([sparql(out), sparql(incoming), sparql(evidence), sparql(sources)]);
    return { out: rowsOf(o), incoming: rowsOf(i), evidence: rowsOf(e), sources: rowsOf(s).map(b => b.file.value) };
  }

  function renderPanel(iri, known, type, facts) {
    const label = known ? known.label : (facts.out.find(b => b.p.value === RDFS + 'label') || { o: { value: shortIri(iri) } }).o.value;
    const labels = new Map([[iri, label]]);
    const typeIris = [];
    for (const b of facts.out) {
      if (b.p.value === RDF + 'type') typeIris.push(b.o.value);
      if (b.olabel) labels.set(b.o.value, b.olabel.value);
    }
    for (const b of facts.incoming) if (b.slabel) labels.set(b.s.value, b.slabel.value);
    if (!known) type = typeOf(typeIris);

    // Facts keyed by direction, predicate and the other end; evidence attached where it reifies them.
    const facts2 = new Map();
    const factOf = (dir, p, other, otherLabel, otherTypes) => {
      const key = dir + '|' + p + '|' + termKey(other);
      if (!facts2.has(key)) facts2.set(key, { dir, p, other, otherLabel, otherTypes, evidence: [] });
      const f = facts2.get(key);
      if (!f.otherLabel && otherLabel) f.otherLabel = otherLabel;
      return f;
    };
    for (const b of facts.out) {
      if (b.p.value === RDF + 'type') continue;
      factOf('out', b.p.value, b.o, termValue(b.olabel), termValue(b.otypes));
    }
    for (const b of facts.incoming) factOf('in', b.p.value, b.s, termValue(b.slabel), termValue(b.stypes));
    for (const b of facts.evidence) {
      const out = b.s.value === iri && b.s.type === 'uri';
      const other = out ? b.o : b.s;
      const f = factOf(out ? 'out' : 'in', b.p.value, other, other.type === 'uri' ? labels.get(other.value) : undefined, undefined);
      f.evidence.push(b);
    }

    const withEvidence = [...facts2.values()].filter(f => f.evidence.length > 0);
    const props = [...facts2.values()].filter(f => f.evidence.length === 0);
    const order = p => { const i = Object.keys(PREDICATES).indexOf(p); return i < 0 ? 999 : i; };
    const byPred = (a, b) => order(a.p) - order(b.p) || a.p.localeCompare(b.p) || (a.otherLabel || a.other.value).localeCompare(b.otherLabel || b.other.value, 'zh');
    withEvidence.sort(byPred);
    props.sort(byPred);

    const h = [];
    h.push('<h2>' + esc(label) + '</h2>');
    h.push('<div class="type">' + swatch(type) + esc(type.en) + ' <span class="zh">' + esc(type.zh) + '</span>' +
      (known && known.year !== undefined ? ' · ' + known.year : '') + '</div>');
    h.push('<div class="iri">' + esc(iri) + '</div>');

    // The evidence, one box per sentence: the sentence once, where it is, and every fact read from it.
    const groups = new Map();
    for (const f of withEvidence) {
      for (const ev of f.evidence) {
        const key = [termValue(ev.file), termValue(ev.start), termValue(ev.end), termValue(ev.sentence)].join('|');
        if (!groups.has(key)) groups.set(key, { ev, facts: [] });
        groups.get(key).facts.push({ f, ev });
      }
    }
    const num = t => (t ? parseInt(t.value, 10) : -1);
    const sorted = [...groups.values()].sort((a, b) =>
      String(termValue(a.ev.file) || '').localeCompare(String(termValue(b.ev.file) || '')) || num(a.ev.start) - num(b.ev.start));
    h.push('<h3>Facts and their evidence <span class="zh">事实与证据</span> (' + withEvidence.length + ' facts, ' +
      sorted.length + (sorted.length === 1 ? ' sentence' : ' sentences') + ')</h3>');
    if (withEvidence.length === 0) h.push('<p class="noev">No fact about this entity carries evidence.</p>');
    for (const g of sorted) {
      const ev = g.ev;
      const terms = [label];
      for (const { f } of g.facts) terms.push(f.otherLabel, f.other.type === 'uri' ? undefined : f.other.value);
      h.push('<div class="evidence-group">');
      if (ev.sentence) h.push('<blockquote class="evidence">' + markTerms(ev.sentence.value, terms.filter(Boolean)) + '</blockquote>');
      else h.push('<p class="noev">(no sentence recorded)</p>');
      const meta = [];
      if (ev.file) meta.push('source <span class="file">' + esc(ev.file.value) + '</span>');
      if (ev.start && ev.end) meta.push('chars ' + esc(ev.start.value) + '–' + esc(ev.end.value));
      h.push('<div class="ev-meta">' + meta.join(' · ') + '</div>');
      h.push('<ul class="facts">');
      for (const { f, ev: e } of g.facts) {
        const how = [];
        if (e.rule) how.push('rule ' + esc(e.rule.value));
        if (e.confidence) how.push('confidence ' + esc(e.confidence.value));
        h.push('<li class="fact"><span class="fact-head">' + factHeadHtml(f) + '</span>' +
          (how.length ? ' <span class="how">' + how.join(' · ') + '</span>' : '') + '</li>');
      }
      h.push('</ul></div>');
    }

    if (props.length) {
      h.push('<h3>Other facts <span class="zh">其他属性</span></h3><dl class="props">');
      for (const f of props) {
        h.push('<dt>' + (f.dir === 'in' ? '← ' : '') + esc(predName(f.p)) + '</dt><dd>' + termHtml(f.other, f.otherLabel) + '</dd>');
      }
      h.push('</dl>');
    }
    if (facts.sources.length) {
      h.push('<h3>Named in <span class="zh">出处</span> (' + facts.sources.length + ')</h3><ul class="sources">');
      for (const s of facts.sources) h.push('<li>' + esc(s) + '</li>');
      h.push('</ul>');
    }
    const panel = $('panel');
    panel.innerHTML = h.join('');
    panel.querySelectorAll('[data-iri]').forEach(a => a.addEventListener('click', () => focusNode(a.dataset.iri)));
    panel.scrollTop = 0;
  }

  /** A fact about the panel's entity: "predicate → value", or "subject · predicate → this" when it is the object. */
  function factHeadHtml(f) {
    const other = termHtml(f.other, f.otherLabel);
    const pred = '<span class="pred">' + predHtml(f.p) + '</span>';
    return f.dir === 'out' ? pred + ' → ' + other : other + ' · ' + pred + ' → <em>this</em>';
  }

  function termHtml(t, label) {
    // Entities link to their panel; vocabulary terms (rk:Meeting, a document kind's scheme...) are just named.
    if (t.type === 'uri' && !state.nodes.has(t.value) && !t.value.startsWith(ENTITY_NS)) {
      return '<span title="' + esc(t.value) + '">' + esc(label || shortIri(t.value)) + '</span>';
    }
    if (t.type === 'uri') {
      const text = label || shortIri(t.value);
      return '<button type="button" class="linkish" data-iri="' + esc(t.value) + '" title="' + esc(t.value) + '">' + esc(text) + '</button>';
    }
    return esc(t.value);
  }

  /** The sentence, HTML-escaped, with the given names marked where they occur verbatim. */
  function markTerms(text, terms) {
    const marks = [];
    for (const t of terms) {
      if (!t || t.length < 2) continue;
      let i = text.indexOf(t);
      while (i >= 0) {
        marks.push([i, i + t.length]);
        i = text.indexOf(t, i + t.length);
      }
    }
    marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let out = '', pos = 0;
    for (const [s, e] of marks) {
      if (s < pos) continue;
      out += esc(text.slice(pos, s)) + '<mark>' + esc(text.slice(s, e)) + '</mark>';
      pos = e;
    }
    return out + esc(text.slice(pos));
  }

  // ---------------------------------------------------------------- canned queries
  async function loadCanned() {
    const sel = $('canned-select');
    try {
      const json = await getJson(CANNED_URL);
      state.canned = Array.isArray(json) ? json : (json.queries || []);
    } catch (e) {
      state.canned = [];
      setStatus('Canned queries unavailable: ' + e.message, true);
    }
    sel.innerHTML = '';
    const none = new Option('— pick a query —', '');
    sel.add(none);
    for (const q of state.canned) sel.add(new Option((q.title || q.name) + '  (' + q.name + ')', q.name));
    sel.add(new Option('Your own SPARQL (SELECT or ASK)…', '__sparql'));
    sel.addEventListener('change', () => renderParams(sel.value));
    renderParams('');
  }

  function cannedByName(name) {
    return state.canned.find(q => q.name === name);
  }

  function renderParams(name) {
    const box = $('canned-params');
    const text = $('sparql-text');
    box.innerHTML = '';
    text.hidden = name !== '__sparql';
    $('canned-run').disabled = !name;
    if (name === '__sparql') {
      $('canned-description').textContent = 'Runs on the SPARQL endpoint. Prefixes rk:, rdf:, rdfs:, skos:, dcterms:, org:, prov:, oa: and text: are declared for you.';
      if (!text.value) text.value = 'SELECT ?meeting ?date ?title WHERE {\n  ?m a rk:Meeting ; rdfs:label ?meeting ; rk:approved ?d .\n  OPTIONAL { ?m rk:dateKey ?date }\n  ?d rdfs:label ?title .\n} ORDER BY ?date';
      return;
    }
    const q = cannedByName(name);
    $('canned-description').textContent = q ? (q.description || '') : '';
    if (!q) return;
    for (const p of (q.params || [])) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.name = p.name;
      input.dataset.param = p.name;
      const type = String(p.type || 'string').toLowerCase();
      if (type === 'year') { input.type = 'number'; input.min = 1000; input.max = 9999; input.step = 1; input.placeholder = 'e.g. 2016'; }
      else if (type === 'integer') { input.type = 'number'; input.step = 1; }
      else if (type === 'iri') { input.type = 'text'; input.placeholder = 'https://w3id.org/reformkg/…'; input.pattern = 'https://w3id\\.org/reformkg/.+'; }
      else { input.type = 'text'; }
      const def = p.default !== undefined ? p.default : p.defaultValue;
      if (def !== undefined && def !== null) input.value = def;
      if (p.required) input.required = true;
      const list = suggestionsFor(p.name, type);
      if (list) input.setAttribute('list', list);
      label.innerHTML = '<code>' + esc(p.name) + '</code> <span class="hint">' + esc(type) + '</span>' +
        (p.required ? ' <span class="req">required</span>' : '') +
        (p.description ? '<br><span class="hint">' + esc(p.description) + '</span>' : '');
      label.appendChild(input);
      box.appendChild(label);
    }
  }

  /** A datalist of node names that fit a parameter, by its name. */
  function suggestionsFor(param, type) {
    if (type !== 'string' && type !== 'iri') return null;
    const wanted = [];
    if (/meeting|target/.test(param)) wanted.push('Meeting');
    if (/document|target/.test(param)) wanted.push('Document');
    if (/region|within/.test(param)) wanted.push('Region');
    if (/body/.test(param)) wanted.push('Body');
    if (/issued|org/.test(param)) wanted.push('Organization', 'Body');
    if (/person|chair/.test(param)) wanted.push('Person');
    if (/program/.test(param)) wanted.push('Program');
    if (wanted.length === 0) return null;
    const id = 'dl-' + wanted.join('-');
    if (!document.getElementById(id)) {
      const dl = document.createElement('datalist');
      dl.id = id;
      const names = [...state.nodes.values()].filter(n => wanted.includes(n.type))
        .map(n => type === 'iri' ? n.id : n.label).sort((a, b) => a.localeCompare(b, 'zh'));
      for (const n of new Set(names)) dl.appendChild(new Option(n));
      document.body.appendChild(dl);
    }
    return id;
  }

  async function runCanned(ev) {
    ev.preventDefault();
    const name = $('canned-select').value;
    if (!name) return;
    const view = document.querySelector('input[name=canned-view]:checked').value;
    let json, title;
    setStatus('Running ' + name + '…');
    try {
      if (name === '__sparql') {
        title = 'SPARQL';
        json = await sparql($('sparql-text').value);
      } else {
        const q = cannedByName(name);
        title = q ? (q.title || q.name) : name;
        const params = new URLSearchParams();
        $('canned-params').querySelectorAll('input').forEach(i => { if (i.value.trim() !== '') params.append(i.dataset.param, i.value.trim()); });
        params.append('format', 'json');
        json = await getJson(CANNED_URL + '/' + encodeURIComponent(name) + '?' + params.toString());
      }
    } catch (e) {
      setStatus(name + ': ' + e.message, true);
      return;
    }
    if (typeof json.boolean === 'boolean') {
      setStatus(title + ': ' + json.boolean);
      return;
    }
    const result = { title, vars: (json.head && json.head.vars) || [], rows: rowsOf(json), truncated: json.truncated === true, maxRows: json.maxRows };
    state.lastResult = result;
    renderTable(result);
    if (view === 'graph') showResultGraph(result);
    else setStatus(title + ': ' + result.rows.length + ' rows.');
  }

  function renderTable(result) {
    const table = $('table');
    const h = ['<thead><tr>'];
    for (const v of result.vars) h.push('<th>' + esc(v) + '</th>');
    h.push('</tr></thead><tbody>');
    for (const row of result.rows.slice(0, ROW_LIMIT)) {
      h.push('<tr>');
      for (const v of result.vars) {
        const t = row[v];
        if (!t) { h.push('<td></td>'); continue; }
        const iri = cellNode(t, v);
        const cls = isNumeric(t) ? ' class="num"' : '';
        if (iri) {
          const text = t.type === 'uri' ? (state.nodes.has(iri) ? state.nodes.get(iri).label : shortIri(iri)) : t.value;
          h.push('<td' + cls + '><button type="button" class="linkish" data-iri="' + esc(iri) + '" title="' + esc(iri) + '">' + esc(text) + '</button></td>');
        } else {
          h.push('<td' + cls + '>' + esc(t.value) + '</td>');
        }
      }
      h.push('</tr>');
    }
    h.push('</tbody>');
    table.innerHTML = h.join('');
    table.querySelectorAll('[data-iri]').forEach(b => b.addEventListener('click', () => focusNode(b.dataset.iri)));
    $('table-title').textContent = result.title;
    $('table-count').textContent = result.rows.length + ' rows' +
      (result.truncated ? ' (the server stops at ' + result.maxRows + ')' : '') +
      (result.rows.length > ROW_LIMIT ? ' (first ' + ROW_LIMIT + ' shown)' : '');
    $('table-box').hidden = false;
    cy.resize();
  }

  // Which node type a result column names, to tell apart nodes that share a name.
  const COLUMN_TYPES = [
    [/meeting|^name$/, 'Meeting'], [/title|document/, 'Document'], [/body/, 'Body'],
    [/issuer|issued|org/, 'Organization'], [/region|parent|place|canonical/, 'Region'],
    [/program/, 'Program'], [/chair|person/, 'Person']
  ];

  /** The node a result cell stands for: an IRI, or the name of a node of the graph. */
  function cellNode(t, column) {
    if (t.type === 'uri') return t.value;
    if (t.type !== 'literal' && t.type !== 'typed-literal') return null;
    const iris = state.labelIndex.get(t.value);
    if (!iris) return null;
    if (iris.length === 1) return iris[0];
    const hint = COLUMN_TYPES.find(([re]) => re.test(column || ''));
    const typed = hint && iris.filter(i => state.nodes.get(i).type === hint[1]);
    if (typed && typed.length === 1) return typed[0];
    // Otherwise the most specific type (TYPES order) wins, so the same name always gives the same node.
    const rank = i => TYPES.findIndex(ty => ty.key === state.nodes.get(i).type);
    return iris.slice().sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
  }

  /** Rows as a graph: cells that are IRIs (or a node's name) become nodes, the row's first linked to the others. */
  function showResultGraph(result) {
    const nodes = new Map();
    const edges = new Map();
    const fullEdge = new Map();
    for (const e of state.edges) {
      fullEdge.set(e.source + '|' + e.target, e);
    }
    for (const row of result.rows) {
      const cells = [];
      for (const v of result.vars) {
        const t = row[v];
        const iri = t ? cellNode(t, v) : null;
        if (!iri || cells.some(c => c.iri === iri)) continue;
        cells.push({ iri, column: v });
        if (!nodes.has(iri)) {
          const known = state.nodes.get(iri);
          nodes.set(iri, known ? Object.assign({}, known)
            : { id: iri, label: shortIri(iri), type: 'Other', color: OTHER_TYPE.color, shape: OTHER_TYPE.shape, size: 18 });
        }
      }
      // The row's first node is what the row is about: link it to each of the others.
      for (let i = 1; i < cells.length; i++) {
        const a = cells[0].iri, b = cells[i].iri;
        const real = fullEdge.get(a + '|' + b) || fullEdge.get(b + '|' + a);
        const data = real ? Object.assign({}, real)
          : { id: 'r|' + a + '|' + cells[i].column + '|' + b, source: a, target: b, label: cells[i].column };
        edges.set(data.id, data);
      }
    }
    if (nodes.size === 0) {
      setStatus(result.title + ': ' + result.rows.length + ' rows, but no cell is an IRI or the name of a node: shown as a table.');
      return;
    }
    if (state.mode === 'graph') state.fullElements = cy.elements().jsons();
    state.mode = 'result';
    state.pinned.clear();
    cy.elements().remove();
    cy.add([...nodes.values()].map(d => ({ group: 'nodes', data: d })).concat([...edges.values()].map(d => ({ group: 'edges', data: d }))));
    applyFilters();
    layout();
    const banner = $('banner');
    banner.innerHTML = 'Query result <strong>' + esc(result.title) + '</strong> as a graph: ' + nodes.size + ' nodes, ' + edges.size +
      ' edges (cells that are IRIs or the name of a node). <button type="button" id="banner-back">Back to the full graph</button>';
    banner.hidden = false;
    $('banner-back').addEventListener('click', showFullGraph);
    cy.resize();
    setStatus(result.title + ': ' + result.rows.length + ' rows → ' + nodes.size + ' nodes, ' + edges.size + ' edges.');
  }

  function showFullGraph() {
    if (state.mode === 'result' && state.fullElements) {
      cy.elements().remove();
      cy.add(state.fullElements);
      state.fullElements = null;
    }
    state.mode = 'graph';
    $('banner').hidden = true;
    cy.resize();
    applyFilters();
    cy.fit(cy.elements().filter(e => !e.hasClass('hidden')), 30);
  }

  function tableCsv() {
    const r = state.lastResult;
    if (!r) return;
    const q = s => /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    const lines = [r.vars.map(q).join(',')];
    for (const row of r.rows) lines.push(r.vars.map(v => q(row[v] ? row[v].value : '')).join(','));
    download((r.title || 'result').replace(/[^\w\u4e00-\u9fff-]+/g, '_') + '.csv',
      new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
  }

  // ---------------------------------------------------------------- exports
  function buildExports() {
    const box = $('exports');
    for (const [format, title] of EXPORTS) {
      const a = document.createElement('a');
      a.href = EXPORT_URL + '?format=' + encodeURIComponent(format);
      a.textContent = format;
      a.title = title;
      a.setAttribute('download', '');
      a.className = 'export';
      box.appendChild(a);
    }
    $('view-png').addEventListener('click', () => {
      const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
      download('reformkg-view.png', blob);
    });
    $('view-json').addEventListener('click', () => {
      const visible = cy.elements().filter(e => !e.hasClass('hidden') && !(e.isEdge() && (e.source().hasClass('hidden') || e.target().hasClass('hidden'))));
      const json = { elements: visible.jsons().map(j => ({ group: j.group, data: j.data, position: j.position })) };
      download('reformkg-view.cyjs', new Blob([JSON.stringify(json, null, 1)], { type: 'application/json' }));
    });
  }

  // ---------------------------------------------------------------- start
  function wire() {
    $('search-form').addEventListener('submit', ev => { ev.preventDefault(); search($('search').value); });
    $('search').addEventListener('search', () => { if (!$('search').value) search(''); });
    for (const id of ['year-from', 'year-to', 'year-undated']) $(id).addEventListener('input', applyFilters);
    $('relayout').addEventListener('click', () => layout());
    $('fit').addEventListener('click', () => cy.fit(cy.elements().filter(e => !e.hasClass('hidden')), 30));
    $('reset').addEventListener('click', () => {
      $('search').value = '';
      $('year-from').value = '';
      $('year-to').value = '';
      $('year-undated').checked = true;
      $('type-filters').querySelectorAll('input').forEach(i => { i.checked = true; });
      showFullGraph();
      search('');
    });
    $('canned-form').addEventListener('submit', runCanned);
    $('table-close').addEventListener('click', () => { $('table-box').hidden = true; cy.resize(); });
    $('table-csv').addEventListener('click', tableCsv);
    $('sparql-link').href = SPARQL_URL;
    $('sparql-link').addEventListener('click', ev => {
      ev.preventDefault();
      const url = new URL(SPARQL_URL, location.href).href;
      $('sparql-url').textContent = url;
      $('sparql-curl').textContent = "curl -s " + url + " -H 'Accept: text/csv' --data-urlencode query@- <<'Q'\n" +
        'PREFIX rk: <' + RK + '>\nPREFIX rdfs: <' + RDFS + '>\n' +
        'SELECT ?meeting ?date ?title WHERE {\n  ?m a rk:Meeting ; rdfs:label ?meeting ; rk:approved ?d .\n' +
        '  OPTIONAL { ?m rk:dateKey ?date }\n  ?d rdfs:label ?title .\n} ORDER BY ?date\nQ';
      $('sparql-help').hidden = !$('sparql-help').hidden;
      if (cy) cy.resize();
    });
    $('sparql-close').addEventListener('click', () => { $('sparql-help').hidden = true; if (cy) cy.resize(); });
    $('sparql-here').addEventListener('click', () => {
      $('sparql-help').hidden = true;
      const sel = $('canned-select');
      sel.value = '__sparql';
      renderParams('__sparql');
      $('sparql-text').focus();
      if (cy) cy.resize();
    });
  }

  async function start() {
    wire();
    buildExports();
    if (typeof cytoscape !== 'function') {
      setStatus('cytoscape.js did not load (vendor/cytoscape.min.js): the graph cannot be drawn.', true);
      document.body.dataset.state = 'error';
      return;
    }
    initCy();
    try {
      await loadGraph();
    } catch (e) {
      setStatus('Could not load the graph: ' + e.message, true);
      document.body.dataset.state = 'error';
      return;
    }
    await loadCanned();
    document.body.dataset.state = 'ready';
    const hash = new URLSearchParams(location.hash.slice(1));
    if (hash.get('node')) focusNode(hash.get('node'));
    else if (hash.get('q')) { $('search').value = hash.get('q'); search(hash.get('q')); }
  }

  // For tests and the browser console.
  window.reformkg = {
    state,
    cy: () => cy,
    /** Where a node is drawn, in page (CSS pixel) coordinates, or null when it is not shown. */
    nodePagePosition(iri) {
      const n = cy && cy.getElementById(iri);
      if (!n || n.empty() || !n.visible()) return null;
      const box = cy.container().getBoundingClientRect();
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }
  };

  start();
})();
