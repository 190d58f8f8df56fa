#!/usr/bin/env python3
"""Reads a GraphML and a GEXF export of `kg export` with networkx and checks their sizes.

Usage:
    python3 extractor/src/test/python/check_exports.py \
        --graphml out/graph.graphml --gexf out/graph.gexf --nodes N --edges M

N and M are the counts `kg export` prints on stderr ("kg export: N nodes, M edges to FILE").
Besides the counts, every node must have a label or a type and every edge a type (GraphML)
or relation (GEXF: its edge `type` is the direction), so attributes are known to survive.
Exits 0 when both files match, 1 on any mismatch (one line per problem on stderr), 2 when a
file cannot be read.
"""

import argparse
import sys

import networkx


def problems(name, graph, nodes, edges, edge_type_key):
    """The ways one graph read back differs from what was expected, as lines."""
    found = []
    if graph.number_of_nodes() != nodes:
        found.append(f"{name}: {graph.number_of_nodes()} nodes, expected {nodes}")
    if graph.number_of_edges() != edges:
        found.append(f"{name}: {graph.number_of_edges()} edges, expected {edges}")
    untyped = [n for n, data in graph.nodes(data=True) if "type" not in data and "label" not in data]
    if untyped:
        found.append(f"{name}: {len(untyped)} nodes without label or type, e.g. {untyped[0]}")
    bare = [(u, v) for u, v, data in graph.edges(data=True) if edge_type_key not in data]
    if bare:
        found.append(f"{name}: {len(bare)} edges without {edge_type_key}, e.g. {bare[0]}")
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphml", required=True, help="GraphML file from kg export --format graphml")
    parser.add_argument("--gexf", required=True, help="GEXF file from kg export --format gexf")
    parser.add_argument("--nodes", required=True, type=int, help="expected node count")
    parser.add_argument("--edges", required=True, type=int, help="expected edge count")
    args = parser.parse_args(argv)

    try:
        graphml = networkx.read_graphml(args.graphml)
    except Exception as e:  # networkx raises several types for unreadable files
        print(f"check_exports: {args.graphml}: cannot read GraphML: {e}", file=sys.stderr)
        return 2
    try:
        gexf = networkx.read_gexf(args.gexf)
    except Exception as e:
        print(f"check_exports: {args.gexf}: cannot read GEXF: {e}", file=sys.stderr)
        return 2

    found = problems(args.graphml, graphml, args.nodes, args.edges, "type")
    found += problems(args.gexf, gexf, args.nodes, args.edges, "relation")
    for line in found:
        print(f"check_exports: {line}", file=sys.stderr)
    if found:
        return 1
    print(f"check_exports: {args.graphml} and {args.gexf}: {args.nodes} nodes, {args.edges} edges (networkx {networkx.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
