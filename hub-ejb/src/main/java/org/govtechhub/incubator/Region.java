package org.govtechhub.incubator;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a project runs: a region (ISO 3166-2, such as RU-RYA for Ryazan Oblast) or a country (ISO 3166-1), named in
 * English and Russian. Reference data seeded by Flyway and read from the shared cache.
 */
@Entity
@Cacheable
@Table(name = "region")
@NamedQuery(name = "Region.all", query = "SELECT r FROM Region r ORDER BY r.nameEn")
public class Region implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;

    private String country;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_ru")
    private String nameRu;

    /** The regions bordering this one (among those the hub knows). */
    @ManyToMany
    @JoinTable(name = "region_neighbour", joinColumns = @JoinColumn(name = "region_code"),
            inverseJoinColumns = @JoinColumn(name = "neighbour_code"))
    private Set<Region> neighbours = new HashSet<>();

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getCountry() {
        return country;
    }

    public String name(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public Set<Region> getNeighbours() {
        return Set.copyOf(neighbours);
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && code != null && code.equals(region.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
