package org.govtechhub.web.evaluation;

import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.RoundCriterion;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a round's criteria as a manager edits them (WEB-INF/includes/jury-criteria.xhtml), for award rounds
 * and pitch days alike: blank rows are ignored, new rows get a code from their position.
 */
public class CriteriaEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Row> rows = new ArrayList<>();

    /** The round's criteria, or these defaults when there is no round yet. */
    public static CriteriaEditor of(EvaluationRound round, List<RoundCriterion> defaults) {
        CriteriaEditor editor = new CriteriaEditor();
        (round == null ? defaults : round.getCriteria()).forEach(c -> editor.rows.add(new Row(c.getCode(), c.getName(), c.getWeight())));
        return editor;
    }

    public void add() {
        rows.add(new Row(null, null, 0));
    }

    /** The criteria to save; the round checks the weights and names. */
    public List<RoundCriterion> criteria() {
        List<RoundCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.getName() != null && !row.getName().isBlank()) {
                String code = row.getCode() == null || row.getCode().isBlank() ? "c" + (i + 1) : row.getCode();
                criteria.add(new RoundCriterion(code, row.getName().strip(), row.getWeight()));
            }
        }
        return criteria;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One criterion being edited. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String name;
        private int weight;

        public Row(String code, String name, int weight) {
            this.code = code;
            this.name = name;
            this.weight = weight;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getWeight() {
            return weight;
        }

        public void setWeight(int weight) {
            this.weight = weight;
        }
    }
}
