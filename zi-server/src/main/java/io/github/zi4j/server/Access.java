package io.github.zi4j.server;

/**
 * Who a request's token belongs to: PortalRB for one instansi, or the operator.
 *
 * @param kind PortalRB's or the operator's
 * @param instansi the instansi a PortalRB token belongs to (its case files' {@code instansi.name});
 *     empty for the operator
 * @param name the token's name in the settings, or the operator's name: what the logs show, never
 *     the token
 */
record Access(Kind kind, String instansi, String name) {

  /** The request attribute that holds a request's access once its token is checked. */
  static final String ATTRIBUTE = Access.class.getName();

  /** Whose token. */
  enum Kind {
    /** PortalRB's, for one instansi's lists and answers. */
    PORTALRB,
    /** The operator's, for the units' decisions and the instansi's own tools. */
    OPERATOR
  }
}
