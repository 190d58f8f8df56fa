/*
 * reformkg SPARQL editor (/graph/sparql.html): YASGUI (npm @zazuko/yasgui, copied into vendor/ at
 * build time) on this server's endpoint, ../reform/sparql, whatever host and port the page came from.
 *
 * Nothing is fetched from another host: the autocompleters that ask Linked Open Vocabularies (class,
 * property) are taken out, the prefix completer uses YASQE's bundled list (prefixCcApi null), no CORS
 * proxy, no link shortener, and the endpoint catalogue offers this server only. Tabs are kept in
 * localStorage under a reformkg-specific id, and every tab's endpoint is set back to this server's on
 * load, so neither a stale config nor a shared link (#endpoint=...) points the page elsewhere.
 */
(function () {
  'use strict';

  // The server root: this page lives at ROOT/graph/.
  const ROOT_MATCH = /^(.*)\/graph(\/.*)?$/.exec(location.pathname);
  const ROOT = ROOT_MATCH ? ROOT_MATCH[1] : '';
  const ENDPOINT = new URL(ROOT + '/reform/sparql', location.href).href;

  const PREFIXES = [
    'PREFIX rk: <https://w3id.org/reformkg/ontology#>',
    'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX oa: <http://www.w3.org/ns/oa#>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
    'PREFIX dcterms: <http://purl.org/dc/terms/>',
    'PREFIX text: <http://jena.apache.org/text#>',
  ].join('\n');

  // The tab a first visit opens with (and the "Example query" button opens).
  const EXAMPLE_NAME = 'Meetings and approvals';
  const EXAMPLE = PREFIXES + `

# Meetings with their dates and the documents they approved (审议通过),
# each with the sentence it was read from and the source file.
SELECT ?meeting ?date ?document ?sentence ?file WHERE {
  ?m a rk:Meeting ; rdfs:label ?meeting ; rk:approved ?d .
  OPTIONAL { ?m rk:dateKey ?date }
  ?d rdfs:label ?document .
  # Chinese full-text search: keep only documents whose title has a phrase
  # ?d text:query (rdfs:label "医疗保障") .
  OPTIONAL {
    ?ev a rk:Evidence ; rdf:subject ?m ; rdf:predicate rk:approved ; rdf:object ?d ;
        prov:wasDerivedFrom ?s .
    ?s oa:hasSelector ?quote ; oa:hasSource ?src .
    ?quote oa:exact ?sentence .
    ?src dcterms:identifier ?file .
  }
}
ORDER BY ?date ?meeting
`;

  // What a new tab starts with.
  const BLANK = PREFIXES + `

SELECT ?s ?label WHERE {
  ?s rdfs:label ?label .
}
LIMIT 100
`;

  const $ = id => document.getElementById(id);

  function start() {
    if (typeof Yasgui === 'undefined') {
      document.body.dataset.state = 'error';
      $('yasgui').textContent = 'vendor/yasgui.min.js did not load (the jar was built without it).';
      return;
    }
    const Yasqe = Yasgui.Yasqe;
    // The class and property completers ask lov.linkeddata.es: unregister them. YASQE merges its own
    // defaults into every editor's config (arrays by index), so the defaults themselves must change.
    delete Yasqe.Autocompleters.class;
    delete Yasqe.Autocompleters.property;
    Yasqe.defaults.autocompleters = ['prefixes', 'variables'];
    Yasqe.defaults.prefixCcApi = null;
    Yasqe.defaults.createShortLink = undefined;
    // (A tab passes its own editor height, undefined until resized, so the default is set here too.)
    Yasqe.defaults.editorHeight = '440px';

    const yasgui = new Yasgui($('yasgui'), {
      persistenceId: 'reformkg_sparql',
      tabName: 'Query',
      autoAddOnInit: false,
      corsProxy: undefined,
      copyEndpointOnNewTab: false,
      requestConfig: { endpoint: ENDPOINT, method: 'POST' },
      endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
      // A shared link (#query=...) opens its query, but on this server.
      populateFromUrl: config => {
        config.requestConfig = Object.assign({}, config.requestConfig, { endpoint: ENDPOINT });
        return config;
      },
      yasqe: {
        value: BLANK,
        autocompleters: ['prefixes', 'variables'],
        prefixCcApi: null,
      },
      yasr: { defaultPlugin: 'table' },
    });

    // Tabs kept from an earlier visit (perhaps on another endpoint) query this server.
    for (const tab of Object.values(yasgui._tabs))
      if (tab.getEndpoint() !== ENDPOINT) tab.setEndpoint(ENDPOINT);
    if (Object.keys(yasgui._tabs).length === 0) openExample();

    $('example').addEventListener('click', openExample);
    $('endpoint-url').textContent = ENDPOINT;

    // The example in a tab: the tab that still holds it, or a new one.
    function openExample() {
      const kept = yasgui.persistentConfig.getTabs().find(id => {
        const t = yasgui.persistentConfig.getTab(id);
        return t && t.name === EXAMPLE_NAME && t.yasqe && t.yasqe.value === EXAMPLE;
      });
      if (kept) {
        yasgui.selectTabId(kept);
        return yasgui.getTab(kept);
      }
      const tab = yasgui.addTab(true, {
        name: EXAMPLE_NAME,
        yasqe: { value: EXAMPLE },
        requestConfig: { endpoint: ENDPOINT },
        // Whole names and sentences in the table (YASR's "Ellipse" switch turns cutting back on).
        yasr: { settings: { selectedPlugin: 'table', pluginsConfig: { table: { isEllipsed: false } } } },
      });
      yasgui.selectTabId(tab.getId());
      return tab;
    }

    window.reformkg = { yasgui, endpoint: ENDPOINT, example: EXAMPLE, openExample };
    document.body.dataset.state = 'ready';
  }

  start();
})();
