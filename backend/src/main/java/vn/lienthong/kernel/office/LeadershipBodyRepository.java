package vn.lienthong.kernel.office;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LeadershipBodyRepository extends CrudRepository<LeadershipBody, UUID> {
    List<LeadershipBody> findByJurisdictionIdOrderByCode(UUID jurisdictionId);

    List<LeadershipBody> findByJurisdictionIdAndOfficeIdOrderByCode(UUID jurisdictionId, UUID officeId);
}
