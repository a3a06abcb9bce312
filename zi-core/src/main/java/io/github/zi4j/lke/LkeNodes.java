package io.github.zi4j.lke;

/**
 * The ids of the nodes of a PermenPANRB 90/2021 LKE template that carry a meaning of their own (<i>simpul
 * LKE 90/2021</i>): the components and groups the area-level {@link LkeResult}, its {@link LkeWeights}
 * and the score minimums are read from. The bundled template has them; an adapted 90/2021 template must
 * keep them to give an area-level result. {@link #TOTAL}, {@link #PENGUNGKIT} and {@link #HASIL} are
 * the same in every bundled template.
 */
public final class LkeNodes {

  /** The root: the LKE total. */
  public static final String TOTAL = "LKE";
  /** The enabler component (<i>komponen pengungkit</i>). */
  public static final String PENGUNGKIT = "PENGUNGKIT";
  /** The fulfilment sub-component, whose children are the six areas. */
  public static final String PEMENUHAN = "PEMENUHAN";
  /** The reform sub-component, whose children are the six areas. */
  public static final String REFORM = "REFORM";
  /** Birokrasi bersih dan akuntabel: IPAK plus capaian kinerja. */
  public static final String BERSIH_AKUNTABEL = "HASIL.BERSIH";
  /** The indicator of the anti-corruption perception survey (IPAK). */
  public static final String IPAK = "HASIL.BERSIH.IPAK";
  /** The indicator of performance achievement (capaian kinerja). */
  public static final String CAPAIAN_KINERJA = "HASIL.BERSIH.CAPAIAN";
  /** Pelayanan publik prima: the group of the service-quality survey. */
  public static final String PELAYANAN_PRIMA = "HASIL.PELAYANAN";
  /** The indicator of the service-quality perception survey (IPKP). */
  public static final String IPKP = "HASIL.PELAYANAN.IPKP";
  /** The results component (<i>komponen hasil</i>). */
  public static final String HASIL = "HASIL";

  private LkeNodes() {}
}
