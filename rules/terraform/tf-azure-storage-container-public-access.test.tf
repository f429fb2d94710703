resource "azurerm_storage_container" "images" {
  name                  = "images"
  storage_account_name  = azurerm_storage_account.assets.name
  # ruleid: tf-azure-storage-container-public-access
  container_access_type = "blob"
}

resource "azurerm_storage_container" "exports" {
  name                  = "exports"
  storage_account_id    = azurerm_storage_account.data.id
  # ruleid: tf-azure-storage-container-public-access
  container_access_type = "container"
}

resource "azurerm_storage_container" "backups" {
  name                  = "backups"
  storage_account_id    = azurerm_storage_account.data.id
  # ok: tf-azure-storage-container-public-access
  container_access_type = "private"
}

# ok: tf-azure-storage-container-public-access
resource "azurerm_storage_container" "logs" {
  name               = "logs"
  storage_account_id = azurerm_storage_account.data.id
}

resource "azurerm_storage_container" "configurable" {
  name                  = var.container_name
  storage_account_id    = azurerm_storage_account.data.id
  # ok: tf-azure-storage-container-public-access
  container_access_type = var.container_access_type
}
