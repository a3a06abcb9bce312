/**
 * A portfolio of units (<i>portofolio unit kerja</i>), as an inspectorate (<i>Inspektorat</i>) or a
 * ministry sees it: {@link io.github.zi4j.portfolio.PortfolioUnit} in, {@link
 * io.github.zi4j.portfolio.Portfolio} out, with one {@link io.github.zi4j.portfolio.UnitStanding} per
 * unit and each round's {@link io.github.zi4j.portfolio.Funnel}.
 */
package io.github.zi4j.portfolio;
