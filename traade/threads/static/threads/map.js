/* The relation map: draws the units and threads from the page's JSON endpoint with
   Cytoscape.js (vendored). A click on a unit opens its visitkort. No inline script or
   style: everything is read from data attributes, and colours come with the data. */
(function () {
  "use strict";
  var box = document.getElementById("thread-map");
  if (!box || typeof window.cytoscape !== "function") { return; }

  function draw(data) {
    var areas = {};
    data.areas.forEach(function (area) { areas[area.key] = area; });
    var elements = [];
    data.nodes.forEach(function (node) {
      var area = areas[node.area] || { colour: "#4d5b6b", shape: "ellipse", name: "" };
      elements.push({ data: { id: node.id, label: node.label, url: node.url, colour: area.colour, shape: area.shape } });
    });
    data.edges.forEach(function (edge, i) {
      elements.push({ data: { id: "e" + i, source: edge.source, target: edge.target, label: edge.label, weight: Math.min(edge.reasons, 5) } });
    });
    box.textContent = "";
    var big = data.nodes.length > 400;
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", "shape": "data(shape)", "width": 18, "height": 18,
          "label": big ? "" : "data(label)", "font-size": 9, "color": "#1a1a1a",
          "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 110 } },
        { selector: "node:selected, node.hover", style: { "border-width": 3, "border-color": "#1a1a1a", "label": "data(label)" } },
        { selector: "edge", style: { "width": "mapData(weight, 1, 5, 1, 4)", "line-color": "#767676", "opacity": 0.85, "curve-style": "haystack" } }
      ],
      layout: big ? { name: "concentric", animate: false, concentric: function (n) { return n.degree(); }, levelWidth: function () { return 4; } }
                  : { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 60; } }
    });
    cy.on("tap", "node", function (event) {
      var url = event.target.data("url");
      if (url) { window.location.assign(url); }
    });
    cy.on("mouseover", "node", function (event) { event.target.addClass("hover"); box.title = event.target.data("label"); });
    cy.on("mouseout", "node", function (event) { event.target.removeClass("hover"); box.title = ""; });
    box.setAttribute("data-drawn", String(data.nodes.length));
    window.traadeMap = cy;  /* for the browser tests */
    window.addEventListener("resize", function () { cy.resize(); });

    var controls = document.querySelector(".map-controls");
    if (controls) {
      controls.hidden = false;
      controls.addEventListener("click", function (event) {
        var how = event.target.getAttribute("data-map-zoom");
        var centre = { x: box.clientWidth / 2, y: box.clientHeight / 2 };
        if (how === "in") { cy.zoom({ level: cy.zoom() * 1.4, renderedPosition: centre }); }
        if (how === "out") { cy.zoom({ level: cy.zoom() / 1.4, renderedPosition: centre }); }
        if (how === "fit") { cy.fit(undefined, 20); }
      });
    }
  }

  fetch(box.getAttribute("data-src"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    })
    .then(draw)
    .catch(function () {
      var fallback = box.querySelector(".thread-map-fallback");
      if (fallback) { fallback.firstChild.textContent = "Kortet kunne ikke hentes. "; }
    });
})();
