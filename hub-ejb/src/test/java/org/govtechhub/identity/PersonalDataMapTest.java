package org.govtechhub.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which columns count as a person's address or as a secret, by their names, and names that are never used in SQL. */
class PersonalDataMapTest {

    @Test
    void addressesAreFoundByTheNamesTheSchemaGivesThem() {
        for (String column : new String[] {"email", "asker_email", "actor", "recipient", "created_by", "decided_by"}) {
            assertTrue(PersonalDataMap.holdsEmail(column), column);
        }
        for (String column : new String[] {"emails_sent", "by", "name", "full_name", "bio", "person_id"}) {
            assertFalse(PersonalDataMap.holdsEmail(column), column);
        }
    }

    @Test
    void hashesAndTokensNeverLeaveInAnExport() {
        for (String column : new String[] {"password_hash", "token_hash", "token", "calendar_token", "secret"}) {
            assertTrue(PersonalDataMap.isSecret(column), column);
        }
        assertFalse(PersonalDataMap.isSecret("email"));
    }

    @Test
    void onlyPlainIdentifiersNameATableOrAColumn() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataMap.Column("person; DROP TABLE person", "id"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataMap.Column("person", "id`"));
    }
}
