package vn.lienthong.kernel.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends CrudRepository<AppUser, UUID> {
    Optional<AppUser> findByUsername(String username);

    /** Whether the account's jurisdiction is active (a deactivated one shuts its people and clients out). */
    @Query("SELECT active FROM jurisdiction WHERE id = :jurisdictionId")
    Optional<Boolean> findJurisdictionActive(UUID jurisdictionId);
}
