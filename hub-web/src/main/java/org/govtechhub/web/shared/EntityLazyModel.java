package org.govtechhub.web.shared;

import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one lazy, sortable, filterable table model: pages come from the entity's {@link CrudService}. It lives in a
 * view, so it serialises with it (replicated sessions): the service is the container's EJB reference, which the
 * container writes and restores, and the row key is a serialisable function.
 */
public class EntityLazyModel<E> extends LazyDataModel<E> {

    private static final long serialVersionUID = 1L;

    /** A row's id; serialisable, as the model is. */
    public interface RowId<E> extends Serializable {
        Long of(E row);
    }

    private final CrudService<E> service;
    private final RowId<E> idOf;

    public EntityLazyModel(CrudService<E> service, RowId<E> idOf) {
        this.service = service;
        this.idOf = idOf;
    }

    public static <E extends BaseEntity> EntityLazyModel<E> of(CrudService<E> service) {
        return new EntityLazyModel<>(service, BaseEntity::getId);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.count(filters(filterBy));
    }

    @Override
    public List<E> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return service.page(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() == SortOrder.ASCENDING, filters(filterBy)));
    }

    @Override
    public String getRowKey(E entity) {
        return String.valueOf(idOf.of(entity));
    }

    @Override
    public E getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(e -> rowKey.equals(getRowKey(e))).findFirst().orElse(null);
    }

    private static Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(field, meta.getFilterValue());
            }
        });
        return filters;
    }
}
