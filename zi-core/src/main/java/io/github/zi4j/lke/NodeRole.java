package io.github.zi4j.lke;

/**
 * What a node of an LKE template stands for in the ZI programme (<i>peran simpul</i>), beyond its place
 * in the tree: the components and groups the area-level {@link LkeResult}, the score minimums and a
 * decision's summary are read from. A template names each role at most once, on the node that has it
 * (for example {@code "role": "IPAK"}); no code knows a node's id.
 *
 * <p>An edition's template has an <i>area-level form</i> (an {@link LkeResult} can be given instead of a
 * worksheet) when it has {@link #PEMENUHAN} and {@link #REFORM}, each with the six areas below it, and
 * {@link #IPAK}, {@link #CAPAIAN_KINERJA} and {@link #IPKP}: PermenPANRB 90/2021's does.
 *
 * @since 0.1
 */
public enum NodeRole {
  /** The root: the LKE total (<i>nilai total</i>). */
  TOTAL,
  /** The enabler component (<i>komponen pengungkit</i>). */
  PENGUNGKIT,
  /** The fulfilment sub-component (<i>pemenuhan</i>), whose children are the six areas. */
  PEMENUHAN,
  /** The reform sub-component, whose children are the six areas. */
  REFORM,
  /** The results component (<i>komponen hasil</i>). */
  HASIL,
  /** The group <i>birokrasi bersih dan akuntabel</i> (clean and accountable bureaucracy). */
  BERSIH_AKUNTABEL,
  /** The group <i>pelayanan publik prima</i> (excellent public service). */
  PELAYANAN_PRIMA,
  /** The indicator of the anti-corruption perception survey (IPAK): one survey index question. */
  IPAK,
  /** The indicator of performance achievement (<i>capaian kinerja</i>): one A&ndash;E question. */
  CAPAIAN_KINERJA,
  /** The indicator of the service-quality perception survey (IPKP): one survey index question. */
  IPKP
}
