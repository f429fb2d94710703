resource "google_sql_database_instance" "main" {
  name             = "main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      # ruleid: tf-gcp-sql-backup-disabled
      enabled = false
    }
  }
}

# ruleid: tf-gcp-sql-backup-disabled
resource "google_sql_database_instance" "reporting" {
  name             = "reporting"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-1"

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
    }
  }
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      # ok: tf-gcp-sql-backup-disabled
      enabled                        = true
      point_in_time_recovery_enabled = true
      start_time                     = "02:00"
    }
  }
}

# ok: tf-gcp-sql-backup-disabled
resource "google_sql_database_instance" "orders_replica" {
  name                 = "orders-replica"
  master_instance_name = google_sql_database_instance.orders.name
  database_version     = "POSTGRES_16"
  region               = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "configurable" {
  name             = var.name
  database_version = var.database_version
  region           = var.region

  settings {
    tier = var.tier

    backup_configuration {
      # ok: tf-gcp-sql-backup-disabled
      enabled = var.backups_enabled
    }
  }
}
