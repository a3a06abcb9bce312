package io.github.zi4j.instansi;

/**
 * The kind of government agency (<i>jenis instansi</i>); some round criteria differ between them.
 *
 * @since 0.1
 */
public enum InstansiKind {
  /** A ministry or agency of the central government (<i>kementerian/lembaga</i>, K/L). */
  KL,
  /** A regional government (<i>pemerintah daerah</i>): a province, regency (kabupaten) or city (kota). */
  PEMDA
}
