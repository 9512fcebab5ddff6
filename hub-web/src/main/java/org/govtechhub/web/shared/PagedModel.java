package org.govtechhub.web.shared;

import org.govtechhub.shared.BaseEntity;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy table whose pages come from a use case of its own (the open challenges of the current search, the upcoming
 * course sessions…), where {@link EntityLazyModel}'s generic filters do not fit: the database returns one page at a
 * time, so the page costs the same with ten rows or ten thousand. Rows are known by their id.
 */
public class PagedModel<E extends BaseEntity> extends LazyDataModel<E> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code max} of them. */
    @FunctionalInterface
    public interface Page<E> extends Serializable {
        List<E> load(int first, int max);
    }

    private final Count count;
    private final Page<E> page;

    public PagedModel(Count count, Page<E> page) {
        this.count = count;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<E> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(E row) {
        return String.valueOf(row.getId());
    }

    @Override
    public E getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream().filter(r -> rowKey.equals(getRowKey(r))).findFirst().orElse(null);
    }
}
