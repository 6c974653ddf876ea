package io.peerplan.export.importer;

/**
 * Where an imported element, or one object inside it, was written in the user's files, so that a
 * finding about the design can point back at the line the user wrote ({@code peerplan validate}
 * reads these next to an imported design).
 *
 * @param element the design element: a router, or the cluster holding the object
 * @param object  the object inside the element as findings name it ({@code BGPPeer peer1},
 *                {@code IPAddressPool pool1}), or null for the element itself
 * @param file    the input file
 * @param line    1-based: the router's {@code router bgp} line, the object's YAML document
 */
public record ImportSource(String element, String object, String file, int line) {
}
